<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ApplicantForm</name>
    <message>
        <source>Applicant</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Deed of establishment:</source>
        <translation>Akta pendirian:</translation>
    </message>
    <message>
        <source>Decree (SK) / legalisation:</source>
        <translation>SK / pengesahan:</translation>
    </message>
    <message>
        <source>NPWP:</source>
        <translation>NPWP:</translation>
    </message>
    <message>
        <source>Organisation address:</source>
        <translation>Alamat lembaga:</translation>
    </message>
    <message>
        <source>Chair / head:</source>
        <translation>Ketua / pimpinan:</translation>
    </message>
    <message>
        <source>Organisation phone:</source>
        <translation>Telepon lembaga:</translation>
    </message>
    <message>
        <source>&amp;NIK:</source>
        <translation>&amp;NIK:</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <source>&amp;KK number:</source>
        <translation>No&amp;mor KK:</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>Place of &amp;birth:</source>
        <translation>&amp;Tempat lahir:</translation>
    </message>
    <message>
        <source>Date of bi&amp;rth:</source>
        <translation>Tan&amp;ggal lahir:</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Jenis kelamin:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Provinsi:</translation>
    </message>
    <message>
        <source>Regency/&amp;city:</source>
        <translation>Kabupaten/k&amp;ota:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>Ke&amp;camatan:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>Kelurahan/&amp;desa:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>Street, number, RT/RW</source>
        <translation>Jalan, nomor, RT/RW</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>T&amp;elepon:</translation>
    </message>
    <message>
        <source>Earlier cases of this applicant</source>
        <translation>Registrasi sebelumnya atas nama pemohon ini</translation>
    </message>
    <message>
        <source>Name of the or&amp;ganisation:</source>
        <translation>Nama lem&amp;baga:</translation>
    </message>
    <message>
        <source>Agrees to be told by SMS about this case (UU 27/2022)</source>
        <translation>Bersedia menerima pemberitahuan SMS tentang berkas ini (UU 27/2022)</translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Registrasi:</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>nomor registrasi</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>Periksa ra&amp;ntai</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup and restore</source>
        <translation>Cadangan dan pemulihan</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Pencadangan harian</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>a second disk or a USB stick</source>
        <translation>disk kedua atau flashdisk USB</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Simpan selama:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Simpan pen&amp;gaturan</translation>
    </message>
    <message>
        <source>&amp;Hour:</source>
        <translation>&amp;Jam:</translation>
    </message>
    <message>
        <source>at the first start of the day</source>
        <translation>pada saat pertama dibuka hari itu</translation>
    </message>
    <message>
        <source>:00 or later</source>
        <translation>.00 atau sesudahnya</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>&amp;Restore from a file…</source>
        <translation>Pu&amp;lihkan dari berkas…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
</context>
<context>
    <name>CaseApplicantPanel</name>
    <message>
        <source>Requirement checklist (as the counter checked it)</source>
        <translation>Daftar persyaratan (sesuai pemeriksaan di loket)</translation>
    </message>
</context>
<context>
    <name>CaseAttachmentsPanel</name>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>La&amp;mpirkan berkas…</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Simpan s&amp;alinan…</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>&amp;Buka</translation>
    </message>
</context>
<context>
    <name>CaseRecordsPanel</name>
    <message>
        <source>Field verification and home visits</source>
        <translation>Verifikasi lapangan dan kunjungan rumah</translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <source>Findings of the visit</source>
        <translation>Temuan kunjungan</translation>
    </message>
    <message>
        <source>Add &amp;visit</source>
        <translation>Tambah &amp;kunjungan</translation>
    </message>
    <message>
        <source>Assessment notes</source>
        <translation>Catatan asesmen</translation>
    </message>
    <message>
        <source>Assessment note</source>
        <translation>Catatan asesmen</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Tambah &amp;catatan</translation>
    </message>
</context>
<context>
    <name>CaseStepsPanel</name>
    <message>
        <source>Note on the step (required to skip it)</source>
        <translation>Catatan langkah (wajib diisi untuk melewatinya)</translation>
    </message>
    <message>
        <source>Step &amp;done</source>
        <translation>Langkah &amp;selesai</translation>
    </message>
    <message>
        <source>S&amp;kip with note</source>
        <translation>&amp;Lewati dengan catatan</translation>
    </message>
</context>
<context>
    <name>CaseViewWidget</name>
    <message>
        <source>Applicant &amp;&amp; checklist</source>
        <translation>Pemohon &amp;&amp; persyaratan</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Prosedur</translation>
    </message>
    <message>
        <source>Visits &amp;&amp; notes</source>
        <translation>Kunjungan &amp;&amp; catatan</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Mulai kerjakan</translation>
    </message>
    <message>
        <source>Begin processing</source>
        <translation>Mulai proses</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Alihkan…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Tolak…</translation>
    </message>
    <message>
        <source>Send for initials</source>
        <translation>Kirim untuk paraf</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Initial…</source>
        <translation>Paraf…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Kembalikan…</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Tanda tangan…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Serahkan…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>Satisfaction survey…</source>
        <translation>Survei kepuasan…</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <source>Requirements</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Permohonan:</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Bar&amp;u</translation>
    </message>
    <message>
        <source>Renewa&amp;l</source>
        <translation>Pe&amp;rpanjangan</translation>
    </message>
    <message>
        <source>All presen&amp;t</source>
        <translation>&amp;Semua ada</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Record a complaint, aspiration or information request</source>
        <translation>Catat pengaduan, aspirasi atau permintaan informasi</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Saluran:</translation>
    </message>
    <message>
        <source>&amp;LAPOR ticket:</source>
        <translation>Tiket &amp;LAPOR:</translation>
    </message>
    <message>
        <source>SP4N-LAPOR! ticket number, e.g. LAPOR-4827195</source>
        <translation>Nomor tiket SP4N-LAPOR!, misalnya LAPOR-4827195</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Diterima:</translation>
    </message>
    <message>
        <source>dd-MM-yyyy HH:mm</source>
        <translation>dd-MM-yyyy HH:mm</translation>
    </message>
    <message>
        <source>&amp;Anonymous (no identity is recorded)</source>
        <translation>&amp;Anonim (identitas tidak dicatat)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Name of the complainant</source>
        <translation>Nama pengadu</translation>
    </message>
    <message>
        <source>N&amp;IK:</source>
        <translation>N&amp;IK:</translation>
    </message>
    <message>
        <source>16 digits, if the complainant gives it</source>
        <translation>16 digit, jika pengadu menyebutkannya</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>For the answer, if given</source>
        <translation>Untuk penyampaian jawaban, jika ada</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Ala&amp;mat:</translation>
    </message>
    <message>
        <source>Where the answer letter goes, if given</source>
        <translation>Alamat tujuan surat jawaban, jika ada</translation>
    </message>
    <message>
        <source>R&amp;elated case:</source>
        <translation>&amp;Registrasi terkait:</translation>
    </message>
    <message>
        <source>Case number, if the complaint is about one</source>
        <translation>Nomor registrasi, jika pengaduan menyangkut suatu registrasi</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Perihal:</translation>
    </message>
    <message>
        <source>What it is about, in a line</source>
        <translation>Pokok pengaduan dalam satu baris</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Uraian:</translation>
    </message>
    <message>
        <source>What the complainant reported or asked</source>
        <translation>Apa yang dilaporkan atau ditanyakan pengadu</translation>
    </message>
    <message>
        <source>The complainant agrees to receive an SMS when the complaint is answered (UU 27/2022)</source>
        <translation>Pengadu bersedia menerima SMS ketika pengaduan dijawab (UU 27/2022)</translation>
    </message>
</context>
<context>
    <name>ComplaintsWidget</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Hanya yang terlambat</translation>
    </message>
    <message>
        <source>Number, LAPOR ticket, complainant or subject (Ctrl+F)</source>
        <translation>Nomor, tiket LAPOR, pengadu atau perihal (Ctrl+F)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Respond…</source>
        <translation>&amp;Tanggapi…</translation>
    </message>
    <message>
        <source>For&amp;ward…</source>
        <translation>Te&amp;ruskan…</translation>
    </message>
    <message>
        <source>Fo&amp;llow-up…</source>
        <translation>Tin&amp;dak lanjut…</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Jawab…</translation>
    </message>
    <message>
        <source>Clo&amp;se</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <source>Print re&amp;gister…</source>
        <translation>Cetak buku re&amp;gister…</translation>
    </message>
</context>
<context>
    <name>CounterWidget</name>
    <message>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Drafts:</source>
        <translation>Draf:</translation>
    </message>
    <message>
        <source>New applicant</source>
        <translation>Pemohon baru</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Daftarkan</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Cetak tanda terima</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
</context>
<context>
    <name>DocumentReviewDialog</name>
    <message>
        <source>Read the draft</source>
        <translation>Baca konsep</translation>
    </message>
    <message>
        <source>Sign &amp;as:</source>
        <translation>Tanda tangan &amp;sebagai:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>For the drafter (required to return the draft)</source>
        <translation>Untuk konseptor (wajib diisi untuk mengembalikan konsep)</translation>
    </message>
    <message>
        <source>&amp;Return to the drafter</source>
        <translation>&amp;Kembalikan kepada konseptor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>DtksImportDialog</name>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Baris pertama berkas:</translation>
    </message>
    <message>
        <source>Which column holds each field (* required)</source>
        <translation>Kolom yang berisi setiap isian (* wajib)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>&amp;Copy the result</source>
        <translation>&amp;Salin hasil</translation>
    </message>
    <message>
        <source>Import a DTSEN or DTKS extract</source>
        <translation>Impor ekstrak DTSEN atau DTKS</translation>
    </message>
    <message>
        <source>&amp;File (CSV of the extract):</source>
        <translation>&amp;Berkas (CSV ekstrak):</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Jenis data:</translation>
    </message>
    <message>
        <source>&amp;Source (who gave the extract):</source>
        <translation>&amp;Sumber (pemberi ekstrak):</translation>
    </message>
    <message>
        <source>e.g. Pusdatin Kemensos, SIKS-NG</source>
        <translation>misalnya Pusdatin Kemensos, SIKS-NG</translation>
    </message>
    <message>
        <source>&amp;Date of the extract (when it was produced):</source>
        <translation>&amp;Tanggal ekstrak (saat ekstrak dibuat):</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Loket</source>
        <translation>Penyiapan Loket</translation>
    </message>
    <message>
        <source>This database is new. Choose the office it serves and create the administrator&apos;s account; the administrator then adds the other users.</source>
        <translation>Basis data ini masih baru. Pilih kantor yang dilayaninya dan buat akun administrator; selanjutnya administrator menambahkan pengguna lainnya.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Kantor:</translation>
    </message>
    <message>
        <source>Catalog &amp;file:</source>
        <translation>&amp;Berkas katalog:</translation>
    </message>
    <message>
        <source>catalog.json of the office</source>
        <translation>catalog.json milik kantor</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>misalnya admin</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <source>optional, 18 digits</source>
        <translation>tidak wajib, 18 digit</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
</context>
<context>
    <name>GuestBookDialog</name>
    <message>
        <source>Guest book</source>
        <translation>Buku tamu</translation>
    </message>
    <message>
        <source>For visitors who only ask for information. Enter moves to the next field; Ctrl+Enter saves and clears the form for the next visitor.</source>
        <translation>Untuk pengunjung yang hanya meminta informasi. Enter pindah ke isian berikutnya; Ctrl+Enter menyimpan dan mengosongkan formulir untuk pengunjung berikutnya.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Full name of the visitor (required)</source>
        <translation>Nama lengkap pengunjung (wajib diisi)</translation>
    </message>
    <message>
        <source>NI&amp;K:</source>
        <translation>NI&amp;K:</translation>
    </message>
    <message>
        <source>16 digits, optional</source>
        <translation>16 digit, tidak wajib</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Tidak wajib</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Asal:</translation>
    </message>
    <message>
        <source>Village, district or institution (instansi), optional</source>
        <translation>Desa/kelurahan, kecamatan atau instansi, tidak wajib</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>Ke&amp;perluan:</translation>
    </message>
    <message>
        <source>What the visitor asks about (required)</source>
        <translation>Hal yang ditanyakan pengunjung (wajib diisi)</translation>
    </message>
    <message>
        <source>&amp;Service asked about:</source>
        <translation>&amp;Layanan yang ditanyakan:</translation>
    </message>
    <message>
        <source>&amp;Answer given:</source>
        <translation>&amp;Jawaban yang diberikan:</translation>
    </message>
    <message>
        <source>The information given or where the visitor was sent, optional</source>
        <translation>Informasi yang diberikan atau ke mana pengunjung diarahkan, tidak wajib</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>&amp;Simpan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Today&apos;s visitors</source>
        <translation>Pengunjung hari ini</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over the product</source>
        <translation>Serahkan produk</translation>
    </message>
    <message>
        <source>&amp;Collected by:</source>
        <translation>&amp;Diambil oleh:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>N&amp;IK:</source>
        <translation>N&amp;IK:</translation>
    </message>
</context>
<context>
    <name>IkmReportDialog</name>
    <message>
        <source>Community satisfaction index (IKM)</source>
        <translation>Indeks kepuasan masyarakat (IKM)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>&amp;Layanan:</translation>
    </message>
    <message>
        <source>Per service:</source>
        <translation>Per layanan:</translation>
    </message>
    <message>
        <source>Print &amp;questionnaire…</source>
        <translation>Cetak &amp;kuesioner…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan sebagai PD&amp;F…</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Loket is locked</source>
        <translation>Loket terkunci</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>Log &amp;out instead</source>
        <translation>&amp;Keluar saja</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Loket — log in</source>
        <translation>Loket — masuk</translation>
    </message>
    <message>
        <source>TRAINING MODE / DEMO — practice data; nothing here is real</source>
        <translation>MODE LATIHAN (DEMO) — data latihan, bukan data sebenarnya</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>Demo accounts — double-click one to fill in the fields</source>
        <translation>Akun demo — klik dua kali salah satu akun untuk mengisi kolom</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign the case</source>
        <translation>Alihkan registrasi ke petugas lain</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Petugas:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Alasan (tidak wajib)</translation>
    </message>
</context>
<context>
    <name>RegistersDialog</name>
    <message>
        <source>Registers</source>
        <translation>Buku register</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Buku register:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Layanan:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Ekspor C&amp;SV…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Service recap</source>
        <translation>Rekapitulasi layanan</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <source>Whole &amp;year</source>
        <translation>Setahun &amp;penuh</translation>
    </message>
    <message>
        <source>Y&amp;ear:</source>
        <translation>Ta&amp;hun:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Tampi&amp;lkan</translation>
    </message>
    <message>
        <source>&amp;Recap</source>
        <translation>&amp;Rekapitulasi</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Grafik</translation>
    </message>
    <message>
        <source>&amp;Overdue cases</source>
        <translation>Registrasi &amp;terlambat</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>E&amp;kspor CSV…</translation>
    </message>
</context>
<context>
    <name>ServicePanel</name>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>&amp;Find a service (words, KIS, LKS, DTKS…):</source>
        <translation>Cari la&amp;yanan (kata, KIS, LKS, DTKS…):</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Print the service standard</source>
        <translation>Cetak standar pelayanan</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings of this computer</source>
        <translation>Pengaturan komputer ini</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Loket starts.</source>
        <translation>Bahasa baru berlaku saat Loket dijalankan berikutnya.</translation>
    </message>
    <message>
        <source>Loc&amp;k the screen after:</source>
        <translation>&amp;Kunci layar setelah:</translation>
    </message>
    <message>
        <source>&amp;Receipt paper:</source>
        <translation>Kertas &amp;tanda terima:</translation>
    </message>
    <message>
        <source>&amp;IKM weight (office):</source>
        <translation>Bobot &amp;IKM (kantor):</translation>
    </message>
    <message>
        <source>CSV &amp;separator:</source>
        <translation>&amp;Pemisah CSV:</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Satisfaction survey</source>
        <translation>Survei kepuasan masyarakat (SKM)</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>&amp;Layanan:</translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation>&amp;Tanggal pengisian:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Sum&amp;ber:</translation>
    </message>
    <message>
        <source>Answers (keys 1–4 answer the row with the focus and move on)</source>
        <translation>Jawaban (tombol 1–4 menjawab baris yang aktif, lalu pindah ke baris berikutnya)</translation>
    </message>
    <message>
        <source>Respondent (optional)</source>
        <translation>Responden (tidak wajib)</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Jenis kelamin:</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>&amp;Usia:</translation>
    </message>
    <message>
        <source>E&amp;ducation:</source>
        <translation>&amp;Pendidikan:</translation>
    </message>
    <message>
        <source>O&amp;ccupation:</source>
        <translation>Pe&amp;kerjaan:</translation>
    </message>
    <message>
        <source>Su&amp;ggestions and comments:</source>
        <translation>Saran dan &amp;masukan:</translation>
    </message>
    <message>
        <source>&amp;Print questionnaire…</source>
        <translation>&amp;Cetak kuesioner…</translation>
    </message>
</context>
<context>
    <name>UserAdminDialog</name>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>Pengguna &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>N&amp;onaktifkan</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>lowercase, e.g. siti.rahma</source>
        <translation>huruf kecil, misalnya siti.rahma</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <source>optional, 18 digits</source>
        <translation>tidak wajib, 18 digit</translation>
    </message>
    <message>
        <source>Ran&amp;k / grade:</source>
        <translation>Pang&amp;kat / golongan:</translation>
    </message>
    <message>
        <source>e.g. Penata, III/c</source>
        <translation>misalnya Penata, III/c</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>Reset pass&amp;word</source>
        <translation>A&amp;tur ulang kata sandi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Si&amp;mpan</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a document</source>
        <translation>Periksa keaslian dokumen</translation>
    </message>
    <message>
        <source>Verification &amp;code:</source>
        <translation>&amp;Kode verifikasi:</translation>
    </message>
    <message>
        <source>e.g. 7KQ2-MX4P, as printed under the signature</source>
        <translation>mis. 7KQ2-MX4P, seperti tercetak di bawah tanda tangan</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Periksa</translation>
    </message>
</context>
<context>
    <name>WorklistWidget</name>
    <message>
        <source>Case number, NIK or name (Ctrl+F)</source>
        <translation>Nomor registrasi, NIK atau nama (Ctrl+F)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
</context>
<context>
    <name>loket::ApplicantStore</name>
    <message>
        <source>Cannot save the applicant: %1</source>
        <translation>Data pemohon tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Cannot save the organisation: %1</source>
        <translation>Data lembaga tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Cannot read the applicant: %1</source>
        <translation>Data pemohon tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>loket::ApplicantValidator</name>
    <message>
        <source>Fill in the applicant&apos;s full name.</source>
        <translation>Isi nama lengkap pemohon.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters, %2 were typed.</source>
        <translation>Nama terlalu panjang: paling banyak %1 karakter; yang diketik %2 karakter.</translation>
    </message>
    <message>
        <source>The birth date %1 does not match the NIK, which says %2. Check both.</source>
        <translation>Tanggal lahir %1 tidak sesuai dengan NIK, yang menunjukkan %2. Periksa keduanya.</translation>
    </message>
    <message>
        <source>The sex does not match the NIK (digits 7–8 say %1). Check both.</source>
        <translation>Jenis kelamin tidak sesuai dengan NIK (digit 7–8 menunjukkan %1). Periksa keduanya.</translation>
    </message>
    <message>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>The address is too long: at most %1 characters, %2 were typed. Shorten it; the text is kept.</source>
        <translation>Alamat terlalu panjang: paling banyak %1 karakter; yang diketik %2 karakter. Persingkat alamatnya; teks yang sudah diketik tidak dihapus.</translation>
    </message>
    <message>
        <source>The place of birth is too long: at most %1 characters.</source>
        <translation>Tempat lahir terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The province code %1 is unknown.</source>
        <translation>Kode provinsi %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces, &quot;-&quot; and a leading &quot;+&quot; only, 8 to 20 characters.</source>
        <translation>Nomor telepon hanya boleh berisi angka, spasi, &quot;-&quot; dan &quot;+&quot; di awal, sepanjang 8 sampai 20 karakter.</translation>
    </message>
    <message>
        <source>Fill in the organisation&apos;s name.</source>
        <translation>Isi nama lembaga.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is too long: at most %1 characters.</source>
        <translation>Nama lembaga terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The NPWP has 15 or 16 digits (e.g. 01.234.567.8-901.000).</source>
        <translation>NPWP terdiri atas 15 atau 16 digit (misalnya 01.234.567.8-901.000).</translation>
    </message>
    <message>
        <source>A field of the organisation is too long: at most %1 characters.</source>
        <translation>Salah satu isian data lembaga terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The birth date is after today; check it.</source>
        <translation>Tanggal lahir tidak boleh melewati hari ini; periksa kembali.</translation>
    </message>
</context>
<context>
    <name>loket::Attachments</name>
    <message>
        <source>%1 is a program, not a document: it cannot be attached.</source>
        <translation>%1 adalah program, bukan dokumen: berkas ini tidak dapat dilampirkan.</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG or PNG file (judging by its content, not its name); only those can be attached.</source>
        <translation>%1 bukan berkas PDF, JPEG atau PNG (dinilai dari isinya, bukan dari namanya); hanya berkas jenis tersebut yang dapat dilampirkan.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 kosong.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an attachment may be at most %3 MB. Scan it at a lower resolution or split it into several files.</source>
        <translation>Ukuran %1 adalah %2 MB; lampiran paling besar %3 MB. Pindai dengan resolusi yang lebih rendah atau bagi menjadi beberapa berkas.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>lampiran</translation>
    </message>
</context>
<context>
    <name>loket::AuditLog</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Log audit tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Log audit tidak dapat ditulis: %1</translation>
    </message>
</context>
<context>
    <name>loket::AuditQueries</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Log audit tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>loket::AuditVerifier</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Log audit tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written: its hash no longer matches its contents</source>
        <translation>entri %1 diubah setelah ditulis: hash-nya tidak lagi cocok dengan isinya</translation>
    </message>
    <message>
        <source>entry %1 is the first entry but does not start the chain: the entries before it were deleted</source>
        <translation>entri %1 adalah entri pertama tetapi tidak mengawali rantai: entri sebelumnya telah dihapus</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2: its previous hash points to no entry, so entries between them were deleted or entry %2 was rewritten</source>
        <translation>entri %1 tidak menyambung ke entri %2: hash sebelumnya tidak merujuk ke entri mana pun, jadi entri di antara keduanya telah dihapus atau entri %2 telah ditulis ulang</translation>
    </message>
</context>
<context>
    <name>loket::BackupFile</name>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation>Cadangan %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The backup %1 is cut off: the file ends within its header. Use another backup.</source>
        <translation>Cadangan %1 terpotong: berkas berakhir di dalam kepalanya. Gunakan cadangan lain.</translation>
    </message>
    <message>
        <source>%1 is not a Loket backup (not a SQLite database file). Choose the .sqlite file that Loket wrote.</source>
        <translation>%1 bukan cadangan Loket (bukan berkas basis data SQLite). Pilih berkas .sqlite yang ditulis oleh Loket.</translation>
    </message>
    <message>
        <source>The backup %1 is cut off: it has %2 bytes, fewer than its own header announces. Use another backup.</source>
        <translation>Cadangan %1 terpotong: ukurannya %2 bita, lebih kecil daripada yang dinyatakan kepalanya sendiri. Gunakan cadangan lain.</translation>
    </message>
    <message>
        <source>Cannot make the backup %1 private to its owner.</source>
        <translation>Cadangan %1 tidak dapat dibatasi hanya untuk pemiliknya.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Choose a folder this user may write to.</source>
        <translation>Folder cadangan %1 tidak dapat dibuat. Pilih folder yang dapat ditulisi oleh pengguna ini.</translation>
    </message>
</context>
<context>
    <name>loket::BackupManifest</name>
    <message>
        <source>Cannot write the backup&apos;s manifest: %1</source>
        <translation>Manifes cadangan tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>Cannot read the backup&apos;s manifest: %1</source>
        <translation>Manifes cadangan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Cannot remove the backup&apos;s manifest: %1</source>
        <translation>Manifes cadangan tidak dapat dihapus: %1</translation>
    </message>
</context>
<context>
    <name>loket::BackupRestorer</name>
    <message>
        <source>backup %1 verified: office %2, schema version %3, audit log intact (%4 entries)</source>
        <translation>cadangan %1 terverifikasi: kantor %2, versi skema %3, log audit utuh (%4 entri)</translation>
    </message>
    <message>
        <source>restored into %1 (schema version %2)</source>
        <translation>dipulihkan ke %1 (versi skema %2)</translation>
    </message>
    <message>
        <source>rows restored: %1</source>
        <translation>baris yang dipulihkan: %1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2. Nothing was changed.</source>
        <translation>Cadangan %1 tidak dapat dipulihkan: %2. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>%1 already holds a database; a restore writes only into a new or empty database. Choose a new file name.</source>
        <translation>%1 sudah berisi basis data; pemulihan hanya menulis ke basis data baru atau kosong. Pilih nama berkas baru.</translation>
    </message>
    <message>
        <source>Cannot copy the backup to %1.</source>
        <translation>Cadangan tidak dapat disalin ke %1.</translation>
    </message>
    <message>
        <source>Cannot replace the empty file %1.</source>
        <translation>Berkas kosong %1 tidak dapat diganti.</translation>
    </message>
    <message>
        <source>Cannot give the restored database its name %1.</source>
        <translation>Basis data yang dipulihkan tidak dapat diberi nama %1.</translation>
    </message>
    <message>
        <source>Cannot read the table %1 of the target: %2</source>
        <translation>Tabel %1 pada basis data tujuan tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 to check it.</source>
        <translation>Cadangan %1 tidak dapat disalin untuk diperiksa.</translation>
    </message>
    <message>
        <source>The database %1 already holds data; a restore writes only into a new or empty database. Create an empty one first.</source>
        <translation>Basis data %1 sudah berisi data; pemulihan hanya menulis ke basis data baru atau kosong. Buat basis data kosong terlebih dahulu.</translation>
    </message>
    <message>
        <source>The empty database %1 has schema version %2, newer than the backup&apos;s %3. Create an empty database without tables first.</source>
        <translation>Basis data kosong %1 memiliki versi skema %2, lebih baru daripada versi cadangan %3. Buat basis data kosong tanpa tabel terlebih dahulu.</translation>
    </message>
    <message>
        <source>Cannot write into the database: %1</source>
        <translation>Tidak dapat menulis ke basis data: %1</translation>
    </message>
</context>
<context>
    <name>loket::BackupVerifier</name>
    <message>
        <source>the file is damaged: %1</source>
        <translation>berkasnya rusak: %1</translation>
    </message>
    <message>
        <source>the table %1 named in its manifest is missing</source>
        <translation>tabel %1 yang disebut dalam manifesnya tidak ada</translation>
    </message>
    <message>
        <source>the table %1 cannot be read: %2</source>
        <translation>tabel %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>the table %1 has %2 rows, its manifest says %3</source>
        <translation>tabel %1 berisi %2 baris, sedangkan manifesnya menyebut %3</translation>
    </message>
    <message>
        <source>it is not a Loket database (no schema version)</source>
        <translation>berkas ini bukan basis data Loket (tidak ada versi skema)</translation>
    </message>
    <message>
        <source>it was written by a newer Loket (schema version %1, this Loket knows up to %2): update Loket first</source>
        <translation>berkas ini ditulis oleh Loket yang lebih baru (versi skema %1, Loket ini mengenal sampai %2): perbarui Loket terlebih dahulu</translation>
    </message>
    <message>
        <source>its schema version %1 differs from its manifest&apos;s %2</source>
        <translation>versi skemanya %1 berbeda dengan versi %2 pada manifesnya</translation>
    </message>
    <message>
        <source>it is not a Loket backup (no manifest, no office)</source>
        <translation>berkas ini bukan cadangan Loket (tidak ada manifes, tidak ada kantor)</translation>
    </message>
    <message>
        <source>its audit log was altered (%1)</source>
        <translation>log auditnya telah diubah (%1)</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 to check it.</source>
        <translation>Cadangan %1 tidak dapat disalin untuk diperiksa.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>Cadangan %1 tidak dapat digunakan: %2</translation>
    </message>
</context>
<context>
    <name>loket::BackupWriter</name>
    <message>
        <source>%1 already exists; a backup never overwrites a file. Choose a new name.</source>
        <translation>%1 sudah ada; pencadangan tidak pernah menimpa berkas. Pilih nama baru.</translation>
    </message>
    <message>
        <source>The backup %1 failed its check: %2</source>
        <translation>Cadangan %1 tidak lolos pemeriksaan: %2</translation>
    </message>
    <message>
        <source>Cannot give the backup its name %1.</source>
        <translation>Cadangan tidak dapat diberi nama %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Pencadangan ke %1 gagal: %2</translation>
    </message>
    <message>
        <source>Cannot count the rows of %1: %2</source>
        <translation>Jumlah baris %1 tidak dapat dihitung: %2</translation>
    </message>
    <message>
        <source>Cannot start reading the database: %1</source>
        <translation>Pembacaan basis data tidak dapat dimulai: %1</translation>
    </message>
    <message>
        <source>The database has no schema yet: there is nothing to back up.</source>
        <translation>Basis data belum memiliki skema: tidak ada yang perlu dicadangkan.</translation>
    </message>
    <message>
        <source>Cannot write the backup: %1</source>
        <translation>Cadangan tidak dapat ditulis: %1</translation>
    </message>
</context>
<context>
    <name>loket::CaseImporter</name>
    <message>
        <source>There is no service %1 in the catalog of %2.</source>
        <translation>Tidak ada layanan %1 dalam katalog %2.</translation>
    </message>
    <message>
        <source>%1 is for organisations; a list of persons cannot be imported for it.</source>
        <translation>%1 ditujukan untuk lembaga; daftar perorangan tidak dapat diimpor untuk layanan ini.</translation>
    </message>
    <message>
        <source>The file is empty: the first row names the columns (%1).</source>
        <translation>Berkas kosong: baris pertama harus berisi nama kolom (%1).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; of the header is unknown; the columns are: %2.</source>
        <translation>Kolom &quot;%1&quot; pada baris judul tidak dikenal; kolom yang tersedia: %2.</translation>
    </message>
    <message>
        <source>The header has no column &quot;%1&quot;.</source>
        <translation>Baris judul tidak memiliki kolom &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <source>tanggal_lahir &quot;%1&quot; is not a date (YYYY-MM-DD or DD-MM-YYYY)</source>
        <translation>tanggal_lahir &quot;%1&quot; bukan tanggal (TTTT-BB-HH atau HH-BB-TTTT)</translation>
    </message>
    <message>
        <source>jenis_kelamin must be L or P, not &quot;%1&quot;</source>
        <translation>jenis_kelamin harus L atau P, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>collective list (CSV import)</source>
        <translation>daftar kolektif (impor CSV)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>not saved, lines %1–%2 were rolled back together: %3</source>
        <translation>tidak tersimpan, baris %1–%2 dibatalkan bersama: %3</translation>
    </message>
    <message>
        <source>Cannot wait for another import: %1</source>
        <translation>Tidak dapat menunggu impor lain selesai: %1</translation>
    </message>
</context>
<context>
    <name>loket::CaseQueries</name>
    <message>
        <source>Cannot read the cases: %1</source>
        <translation>Data registrasi tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Cannot read the case: %1</source>
        <translation>Registrasi tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>loket::CaseReport</name>
    <message>
        <source>Cannot read the cases for the report: %1</source>
        <translation>Data registrasi untuk laporan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The report period must be a month (YYYY-MM) or a year (YYYY).</source>
        <translation>Periode laporan harus berupa bulan (TTTT-BB) atau tahun (TTTT).</translation>
    </message>
</context>
<context>
    <name>loket::CaseReportDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>loket::CaseStatus</name>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Waiting for documents</source>
        <translation>Menunggu kelengkapan berkas</translation>
    </message>
    <message>
        <source>In verification</source>
        <translation>Dalam verifikasi</translation>
    </message>
    <message>
        <source>In process</source>
        <translation>Dalam proses</translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation>Menunggu tanda tangan</translation>
    </message>
    <message>
        <source>Product ready</source>
        <translation>Produk siap diambil</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Sudah diserahkan</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>present</source>
        <translation>ada</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>tidak berlaku</translation>
    </message>
</context>
<context>
    <name>loket::CaseStore</name>
    <message>
        <source>Cannot take a case number: %1</source>
        <translation>Nomor registrasi tidak dapat diambil: %1</translation>
    </message>
    <message>
        <source>Cannot save the checklist: %1</source>
        <translation>Daftar persyaratan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Cannot save the procedure steps: %1</source>
        <translation>Langkah prosedur tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Cannot save the case: %1</source>
        <translation>Registrasi tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>There is no service %1 in the catalog.</source>
        <translation>Tidak ada layanan %1 dalam katalog.</translation>
    </message>
    <message>
        <source>This service is for organisations: fill in the organisation.</source>
        <translation>Layanan ini untuk lembaga: isi data lembaga.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Registrasi %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>The case&apos;s service %1 is no longer in the catalog.</source>
        <translation>Layanan %1 dari registrasi ini sudah tidak ada dalam katalog.</translation>
    </message>
    <message>
        <source>The note of requirement %1 is too long: at most %2 characters.</source>
        <translation>Catatan persyaratan %1 terlalu panjang: paling banyak %2 karakter.</translation>
    </message>
    <message>
        <source>Case %1 was registered, but it cannot be shown now: %2 Find it among today&apos;s cases.</source>
        <translation>Registrasi %1 sudah tersimpan, tetapi saat ini tidak dapat ditampilkan: %2 Carilah di daftar registrasi hari ini.</translation>
    </message>
</context>
<context>
    <name>loket::CaseWorkflow</name>
    <message>
        <source>Cannot record the sign-off: %1</source>
        <translation>Paraf atau tanda tangan tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>The draft of case %1 is already awaiting sign-off.</source>
        <translation>Konsep registrasi %1 sudah menunggu penandatanganan.</translation>
    </message>
    <message>
        <source>Case %1 has no draft waiting for initials (it is &quot;%2&quot;).</source>
        <translation>Registrasi %1 tidak memiliki konsep yang menunggu paraf (statusnya &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>No draft is waiting for initials.</source>
        <translation>Tidak ada konsep yang menunggu paraf.</translation>
    </message>
    <message>
        <source>The draft has all its initials; it waits for the signature of %1.</source>
        <translation>Paraf konsep sudah lengkap; konsep kini menunggu tanda tangan %1.</translation>
    </message>
    <message>
        <source>The draft waits for the initials of %1 first.</source>
        <translation>Konsep harus diparaf %1 terlebih dahulu.</translation>
    </message>
    <message>
        <source>You have already initialled this draft.</source>
        <translation>Anda sudah memaraf konsep ini.</translation>
    </message>
    <message>
        <source>Case %1 has no draft awaiting sign-off (it is &quot;%2&quot;).</source>
        <translation>Registrasi %1 tidak memiliki konsep yang menunggu penandatanganan (statusnya &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The draft is with %1; only they can return it now.</source>
        <translation>Konsep sedang berada pada %1; saat ini hanya yang bersangkutan yang dapat mengembalikannya.</translation>
    </message>
    <message>
        <source>Say what the drafter should change (at most 2000 characters).</source>
        <translation>Tuliskan apa yang harus diubah oleh konseptor (paling banyak 2000 karakter).</translation>
    </message>
    <message>
        <source>Case %1 has no draft awaiting signature (it is &quot;%2&quot;).</source>
        <translation>Registrasi %1 tidak memiliki konsep yang menunggu tanda tangan (statusnya &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The draft still needs the initials of %1.</source>
        <translation>Konsep masih memerlukan paraf %1.</translation>
    </message>
    <message>
        <source>Signing takes the letter number, but no letter numbering is connected: the document cannot be issued.</source>
        <translation>Penandatanganan mengambil nomor surat, tetapi penomoran surat belum terhubung: dokumen tidak dapat diterbitkan.</translation>
    </message>
    <message>
        <source>The document could not be issued.</source>
        <translation>Dokumen tidak dapat diterbitkan.</translation>
    </message>
    <message>
        <source>The case is already &quot;%1&quot;; its status cannot change any more.</source>
        <translation>Registrasi sudah berstatus &quot;%1&quot;; statusnya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>The case is already &quot;%1&quot;.</source>
        <translation>Registrasi sudah berstatus &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A case that is &quot;%1&quot; cannot go to &quot;%2&quot;.</source>
        <translation>Registrasi berstatus &quot;%1&quot; tidak dapat diubah menjadi &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Case %1 is closed (&quot;%2&quot;).</source>
        <translation>Registrasi %1 sudah ditutup (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Case %1 is still waiting for documents: the front office completes its checklist first.</source>
        <translation>Registrasi %1 masih menunggu kelengkapan berkas: petugas loket harus melengkapi daftar persyaratannya terlebih dahulu.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Registrasi %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>Cannot save the case: %1</source>
        <translation>Registrasi tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Cannot change the status of case %1: %2</source>
        <translation>Status registrasi %1 tidak dapat diubah: %2</translation>
    </message>
    <message>
        <source>Cannot record the status change: %1</source>
        <translation>Perubahan status tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>The draft of case %1 is awaiting sign-off: only returning it takes the case back to &quot;%2&quot;.</source>
        <translation>Konsep registrasi %1 sedang menunggu penandatanganan: registrasi hanya dapat kembali ke &quot;%2&quot; jika konsepnya dikembalikan.</translation>
    </message>
    <message>
        <source>Case %1 has no step %2.</source>
        <translation>Registrasi %1 tidak memiliki langkah %2.</translation>
    </message>
    <message>
        <source>Step %1 was already recorded (%2) by %3.</source>
        <translation>Langkah %1 sudah dicatat (%2) oleh %3.</translation>
    </message>
    <message>
        <source>Step %1 comes first: &quot;%2&quot; is still open.</source>
        <translation>Langkah %1 harus diselesaikan terlebih dahulu: &quot;%2&quot; belum selesai.</translation>
    </message>
    <message>
        <source>Say why step %1 is skipped.</source>
        <translation>Tuliskan alasan langkah %1 dilewati.</translation>
    </message>
    <message>
        <source>The note is too long: at most 2000 characters.</source>
        <translation>Catatan terlalu panjang: paling banyak 2000 karakter.</translation>
    </message>
    <message>
        <source>Cannot record step %1: %2</source>
        <translation>Langkah %1 tidak dapat dicatat: %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>langkah %1</translation>
    </message>
    <message>
        <source>Give the reason for the rejection (at most 1000 characters): the applicant is told it.</source>
        <translation>Isi alasan penolakan (paling banyak 1000 karakter): alasan ini akan disampaikan kepada pemohon.</translation>
    </message>
    <message>
        <source>Write down the findings of the visit (at most 4000 characters).</source>
        <translation>Tuliskan temuan kunjungan (paling banyak 4000 karakter).</translation>
    </message>
    <message>
        <source>Cannot record the visit: %1</source>
        <translation>Kunjungan tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>field visit</source>
        <translation>kunjungan lapangan</translation>
    </message>
    <message>
        <source>Write the assessment note (at most 4000 characters).</source>
        <translation>Tuliskan catatan asesmen (paling banyak 4000 karakter).</translation>
    </message>
    <message>
        <source>Cannot save the note: %1</source>
        <translation>Catatan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Cannot store the file: %1</source>
        <translation>Berkas tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Case %1 is not ready for collection (it is &quot;%2&quot;).</source>
        <translation>Registrasi %1 belum siap diambil (statusnya &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Write the name of the person who collects the product.</source>
        <translation>Tuliskan nama orang yang mengambil produk.</translation>
    </message>
    <message>
        <source>The NIK of the person who collects has 16 digits.</source>
        <translation>NIK orang yang mengambil produk harus 16 digit.</translation>
    </message>
    <message>
        <source>Say how the person who collects is related to the applicant (themself, spouse, child, authorised representative …).</source>
        <translation>Sebutkan hubungan orang yang mengambil produk dengan pemohon (pemohon sendiri, suami/istri, anak, penerima kuasa …).</translation>
    </message>
    <message>
        <source>Cannot record the handover: %1</source>
        <translation>Penyerahan tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>There is no user to give the case to.</source>
        <translation>Pengguna yang akan menerima registrasi ini tidak ditemukan.</translation>
    </message>
    <message>
        <source>The account of %1 is disabled.</source>
        <translation>Akun %1 telah dinonaktifkan.</translation>
    </message>
    <message>
        <source>%1 is neither a back-office officer nor a verifier: only they take cases.</source>
        <translation>%1 bukan petugas pengolah (back office) maupun verifikator: hanya mereka yang dapat menerima registrasi.</translation>
    </message>
    <message>
        <source>Case %1 is already assigned to %2.</source>
        <translation>Registrasi %1 sudah ditugaskan kepada %2.</translation>
    </message>
    <message>
        <source>Cannot assign the case: %1</source>
        <translation>Registrasi tidak dapat ditugaskan: %1</translation>
    </message>
    <message>
        <source>A step can only be marked done or skipped.</source>
        <translation>Langkah hanya dapat ditandai selesai atau dilewati.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>dilewati</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>Give the date of the visit: today or an earlier day.</source>
        <translation>Isi tanggal kunjungan: hari ini atau hari sebelumnya.</translation>
    </message>
    <message>
        <source>The draft of case %1 was never sent for initials, so it cannot be signed: return it to the drafter, who sends it again.</source>
        <translation>Konsep registrasi %1 belum pernah diajukan untuk diparaf sehingga belum dapat ditandatangani: kembalikan kepada konseptor agar diajukan kembali.</translation>
    </message>
</context>
<context>
    <name>loket::CatalogLoader</name>
    <message>
        <source>line %1, column %2: not valid JSON (%3)</source>
        <translation>baris %1, kolom %2: bukan JSON yang sah (%3)</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>berkas harus berisi satu objek JSON</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: tidak dapat dibaca (%2)</translation>
    </message>
    <message>
        <source>unknown office &quot;%1&quot; (built in: %2)</source>
        <translation>kantor &quot;%1&quot; tidak dikenal (yang tersedia: %2)</translation>
    </message>
    <message>
        <source>office.id: &quot;%1&quot; does not match the file name &quot;%2&quot;</source>
        <translation>office.id: &quot;%1&quot; tidak sesuai dengan nama berkas &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>loket::CatalogReader</name>
    <message>
        <source>unknown key (allowed: %1)</source>
        <translation>kunci tidak dikenal (yang diperbolehkan: %1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>harus berupa teks</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>tidak boleh kosong</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>harus berupa daftar teks</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>harus berupa teks yang tidak kosong</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>harus berupa bilangan bulat</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>paling sedikit %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>harus berupa objek</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>harus berupa daftar</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (allowed: %2)</source>
        <translation>nilai &quot;%1&quot; tidak dikenal (yang diperbolehkan: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; bukan tanggal dengan bentuk TTTT-BB-HH</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time in the form HH:MM</source>
        <translation>&quot;%1&quot; bukan jam dengan bentuk JJ:MM</translation>
    </message>
    <message>
        <source>this version of Loket reads format 1 only</source>
        <translation>versi Loket ini hanya membaca format 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another service</source>
        <translation>&quot;%1&quot; sudah dipakai layanan lain</translation>
    </message>
    <message>
        <source>expected %1: steps are numbered 1, 2, 3… in order</source>
        <translation>seharusnya %1: langkah dinomori 1, 2, 3… berurutan</translation>
    </message>
    <message>
        <source>use lowercase letters, digits and &quot;-&quot; only</source>
        <translation>gunakan hanya huruf kecil, angka dan &quot;-&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regency code such as 62.71</source>
        <translation>&quot;%1&quot; bukan kode kabupaten/kota seperti 62.71</translation>
    </message>
    <message>
        <source>must be later than the opening time</source>
        <translation>harus lebih lambat dari jam buka</translation>
    </message>
    <message>
        <source>an &quot;alternative&quot; requirement lists at least two options</source>
        <translation>persyaratan &quot;alternative&quot; mencantumkan paling sedikit dua pilihan</translation>
    </message>
    <message>
        <source>give &quot;min&quot;, &quot;max&quot; or both</source>
        <translation>isi &quot;min&quot;, &quot;max&quot; atau keduanya</translation>
    </message>
    <message>
        <source>must not be less than &quot;min&quot;</source>
        <translation>tidak boleh kurang dari &quot;min&quot;</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (allowed: minutes, hours, working-days, calendar-days, months)</source>
        <translation>nilai &quot;%1&quot; tidak dikenal (yang diperbolehkan: minutes, hours, working-days, calendar-days, months)</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (allowed: fixed, range, two-stage, open-ended)</source>
        <translation>nilai &quot;%1&quot; tidak dikenal (yang diperbolehkan: fixed, range, two-stage, open-ended)</translation>
    </message>
</context>
<context>
    <name>loket::Complaint</name>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Aspiration</source>
        <translation>Aspirasi</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation>Permintaan informasi</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Tatap muka</translation>
    </message>
    <message>
        <source>Letter / complaint box</source>
        <translation>Surat / kotak pengaduan</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>SMS / WhatsApp</source>
        <translation>SMS / WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>SP4N-LAPOR!</source>
        <translation>SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Ditanggapi</translation>
    </message>
    <message>
        <source>Forwarded to the head</source>
        <translation>Diteruskan ke pimpinan</translation>
    </message>
    <message>
        <source>Being followed up</source>
        <translation>Sedang ditindaklanjuti</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>loket::ComplaintQueries</name>
    <message>
        <source>Cannot read the complaints: %1</source>
        <translation>Data pengaduan tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>loket::ComplaintStore</name>
    <message>
        <source>Cannot store the answer letter.</source>
        <translation>Surat jawaban tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>record a complaint</source>
        <translation>mencatat pengaduan</translation>
    </message>
    <message>
        <source>give a complaint&apos;s initial response</source>
        <translation>memberikan tanggapan awal atas pengaduan</translation>
    </message>
    <message>
        <source>forward a complaint to the head</source>
        <translation>meneruskan pengaduan kepada pimpinan</translation>
    </message>
    <message>
        <source>record a complaint&apos;s follow-up</source>
        <translation>mencatat tindak lanjut pengaduan</translation>
    </message>
    <message>
        <source>answer a complaint</source>
        <translation>menjawab pengaduan</translation>
    </message>
    <message>
        <source>close a complaint</source>
        <translation>menutup pengaduan</translation>
    </message>
    <message>
        <source>The account of %1 is disabled; it may not do anything.</source>
        <translation>Akun %1 telah dinonaktifkan; akun ini tidak dapat melakukan apa pun.</translation>
    </message>
    <message>
        <source>Your roles do not allow you to %1; ask %2.</source>
        <translation>Peran Anda tidak mengizinkan Anda untuk %1; mintalah kepada %2.</translation>
    </message>
    <message>
        <source>Fill in the subject: what the complaint is about, in a line.</source>
        <translation>Isi perihal: pokok pengaduan dalam satu baris.</translation>
    </message>
    <message>
        <source>The subject may have at most %1 characters.</source>
        <translation>Perihal paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Fill in the description: what the complainant reported.</source>
        <translation>Isi uraian: apa yang disampaikan pengadu.</translation>
    </message>
    <message>
        <source>The description may have at most %1 characters.</source>
        <translation>Uraian paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Enter the SP4N-LAPOR! ticket number.</source>
        <translation>Isi nomor tiket SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>The LAPOR ticket number has 3 to 40 letters, digits, dots, slashes or hyphens.</source>
        <translation>Nomor tiket LAPOR terdiri atas 3 sampai 40 karakter berupa huruf, angka, titik, garis miring atau tanda hubung.</translation>
    </message>
    <message>
        <source>A ticket number belongs to the SP4N-LAPOR! channel only: clear it or choose that channel.</source>
        <translation>Nomor tiket hanya untuk saluran SP4N-LAPOR!: kosongkan nomor tiket atau pilih saluran tersebut.</translation>
    </message>
    <message>
        <source>Fill in the complainant&apos;s name, or tick Anonymous.</source>
        <translation>Isi nama pengadu, atau centang Anonim.</translation>
    </message>
    <message>
        <source>The name may have at most %1 characters.</source>
        <translation>Nama paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The NIK has 16 digits; leave it empty if it is not known.</source>
        <translation>NIK terdiri atas 16 digit; kosongkan jika tidak diketahui.</translation>
    </message>
    <message>
        <source>The telephone number has 6 to 30 digits, spaces, +, - or brackets.</source>
        <translation>Nomor telepon terdiri atas 6 sampai 30 karakter berupa angka, spasi, +, - atau tanda kurung.</translation>
    </message>
    <message>
        <source>The address may have at most %1 characters.</source>
        <translation>Alamat paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>There is no case %1: check the related case number, or leave it empty.</source>
        <translation>Registrasi %1 tidak ditemukan: periksa nomor registrasi terkait, atau kosongkan.</translation>
    </message>
    <message>
        <source>The time of receipt lies in the future.</source>
        <translation>Waktu penerimaan tidak boleh melewati waktu sekarang.</translation>
    </message>
    <message>
        <source>Cannot take a complaint number: %1</source>
        <translation>Nomor pengaduan tidak dapat diambil: %1</translation>
    </message>
    <message>
        <source>Cannot save the complaint&apos;s timeline: %1</source>
        <translation>Riwayat penanganan pengaduan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Cannot save the complaint: %1</source>
        <translation>Pengaduan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>%1 is closed; nothing more can be recorded.</source>
        <translation>Pengaduan %1 sudah ditutup; tidak ada lagi yang dapat dicatat.</translation>
    </message>
    <message>
        <source>%1 already has its initial response.</source>
        <translation>Pengaduan %1 sudah diberi tanggapan awal.</translation>
    </message>
    <message>
        <source>Give the initial response to %1 before forwarding it.</source>
        <translation>Berikan tanggapan awal atas pengaduan %1 sebelum meneruskannya.</translation>
    </message>
    <message>
        <source>%1 has already been forwarded to the head.</source>
        <translation>Pengaduan %1 sudah diteruskan kepada pimpinan.</translation>
    </message>
    <message>
        <source>Forward %1 to the head before recording a follow-up.</source>
        <translation>Teruskan pengaduan %1 kepada pimpinan sebelum mencatat tindak lanjut.</translation>
    </message>
    <message>
        <source>%1 has been answered; close it instead.</source>
        <translation>Pengaduan %1 sudah dijawab; tutup saja pengaduan ini.</translation>
    </message>
    <message>
        <source>Forward %1 to the head before answering it.</source>
        <translation>Teruskan pengaduan %1 kepada pimpinan sebelum menjawabnya.</translation>
    </message>
    <message>
        <source>%1 has already been answered.</source>
        <translation>Pengaduan %1 sudah dijawab.</translation>
    </message>
    <message>
        <source>Answer %1 before closing it.</source>
        <translation>Jawab pengaduan %1 sebelum menutupnya.</translation>
    </message>
    <message>
        <source>The text may have at most %1 characters.</source>
        <translation>Teks paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>Pengaduan %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>Write the initial response: what the complainant was told.</source>
        <translation>Tuliskan tanggapan awal: apa yang disampaikan kepada pengadu.</translation>
    </message>
    <message>
        <source>Write the answer: it is printed in the answer letter.</source>
        <translation>Tuliskan jawaban: jawaban ini dicetak dalam surat jawaban.</translation>
    </message>
    <message>
        <source>Write the follow-up note: what was done.</source>
        <translation>Tuliskan catatan tindak lanjut: apa yang telah dilakukan.</translation>
    </message>
    <message>
        <source>Choose the head of office or a head of division to forward the complaint to.</source>
        <translation>Pilih Kepala Dinas atau Kepala Bidang yang akan menerima penerusan pengaduan.</translation>
    </message>
    <message>
        <source>Cannot read the answer letter: %1</source>
        <translation>Surat jawaban tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Demo complaints need a front-office, a back-office and a head user.</source>
        <translation>Pengaduan demo memerlukan pengguna petugas loket, petugas pengolah dan pimpinan.</translation>
    </message>
</context>
<context>
    <name>loket::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>loket::Database</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 gagal: %2</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Create it with &quot;loketctl db init --office ID&quot;.</source>
        <translation>Berkas basis data %1 tidak ada. Buat dengan &quot;loketctl db init --office ID&quot;.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Ask the administrator to give this user write access, or choose another file with --db.</source>
        <translation>Berkas basis data %1 hanya dapat dibaca. Minta administrator memberi pengguna ini hak menulis, atau pilih berkas lain dengan --db.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Folder %1 untuk basis data tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Basis data %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver (QPSQL) is not installed: install the package libqt6sql6-psql.</source>
        <translation>Driver PostgreSQL (QPSQL) belum terpasang: pasang paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>Tidak dapat tersambung ke basis data PostgreSQL %1: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: %2</source>
        <translation>Basis data %1 tidak dapat digunakan: %2</translation>
    </message>
</context>
<context>
    <name>loket::DatabaseError</name>
    <message>
        <source>The database is in use by another computer and did not become free in time. Wait a moment and try again.</source>
        <translation>Basis data sedang dipakai komputer lain dan belum bebas dalam batas waktu tunggu. Tunggu sebentar, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database can only be read, not written (the file, its folder or the server does not allow it). Ask the administrator to check the access rights.</source>
        <translation>Basis data hanya dapat dibaca, tidak dapat ditulisi (berkas, foldernya, atau server tidak mengizinkannya). Mintalah administrator memeriksa hak aksesnya.</translation>
    </message>
    <message>
        <source>The disk holding the database is full. Free some space or ask the administrator, then try again.</source>
        <translation>Disk tempat basis data disimpan sudah penuh. Kosongkan sebagian ruang atau hubungi administrator, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database cannot be reached (the server, the network or the shared folder). Check the connection, then try again.</source>
        <translation>Basis data tidak dapat dijangkau (server, jaringan, atau folder bersama). Periksa sambungannya, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The data clashes with what is already stored (a number or name that must be unique, or a record that another one still needs). Check the entries; if it happens again, tell the administrator.</source>
        <translation>Data bertentangan dengan data yang sudah tersimpan (nomor atau nama yang harus unik, atau data yang masih diperlukan data lain). Periksa isian; jika terjadi lagi, beri tahu administrator.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Loket database. Stop working on it and ask the administrator to check it (loketctl db check) or restore the latest backup.</source>
        <translation>Berkas basis data rusak atau bukan basis data Loket. Hentikan pekerjaan pada basis data ini dan mintalah administrator memeriksanya (loketctl db check) atau memulihkan cadangan terakhir.</translation>
    </message>
    <message>
        <source>The database reported an error; the details are in the log. Try again; if it happens again, tell the administrator.</source>
        <translation>Basis data melaporkan kesalahan; rinciannya tercatat di log. Coba lagi; jika terjadi lagi, beri tahu administrator.</translation>
    </message>
</context>
<context>
    <name>loket::DatabaseMaintenance</name>
    <message>
        <source>integrity check failed to run: %1</source>
        <translation>pemeriksaan keutuhan gagal dijalankan: %1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>keutuhan: %1</translation>
    </message>
    <message>
        <source>foreign key check failed to run: %1</source>
        <translation>pemeriksaan kunci asing gagal dijalankan: %1</translation>
    </message>
    <message>
        <source>table %1, row %2 refers to a missing row of %3</source>
        <translation>tabel %1, baris %2 merujuk ke baris %3 yang tidak ada</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>keutuhan: baik</translation>
    </message>
    <message numerus="yes">
        <source>integrity: %n problem(s)</source>
        <translation>
            <numerusform>keutuhan: %n masalah</numerusform>
        </translation>
    </message>
    <message>
        <source>schema version %1 is older than %2: run &quot;loketctl db migrate&quot;</source>
        <translation>versi skema %1 lebih lama dari %2: jalankan &quot;loketctl db migrate&quot;</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this Loket (%2)</source>
        <translation>versi skema %1 lebih baru dari Loket ini (%2)</translation>
    </message>
    <message>
        <source>schema version: %1 (current: %2)</source>
        <translation>versi skema: %1 (terkini: %2)</translation>
    </message>
    <message>
        <source>not set up for an office: run &quot;loketctl db init --office ID&quot;</source>
        <translation>belum disiapkan untuk sebuah kantor: jalankan &quot;loketctl db init --office ID&quot;</translation>
    </message>
    <message>
        <source>office: %1</source>
        <translation>kantor: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(belum ada)</translation>
    </message>
    <message numerus="yes">
        <source>catalog: %1, %n service(s), decree %2</source>
        <translation>
            <numerusform>katalog: %1, %n layanan, keputusan %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>backup written to %1 and verified: %n table(s)</source>
        <translation>
            <numerusform>cadangan ditulis ke %1 dan sudah diperiksa: %n tabel</numerusform>
        </translation>
    </message>
    <message>
        <source>rows copied: %1</source>
        <translation>baris yang disalin: %1</translation>
    </message>
    <message>
        <source>integrity: kept by the PostgreSQL server</source>
        <translation>keutuhan: dijaga oleh server PostgreSQL</translation>
    </message>
</context>
<context>
    <name>loket::DemoSeeder</name>
    <message>
        <source>The database has no front-office user to register the cases.</source>
        <translation>Basis data tidak memiliki pengguna petugas loket (front office) untuk mendaftarkan berkas layanan.</translation>
    </message>
    <message>
        <source>No villages are known for the region %1.</source>
        <translation>Tidak ada kelurahan/desa yang dikenal untuk wilayah %1.</translation>
    </message>
    <message>
        <source>Cannot write the demo cases: %1</source>
        <translation>Registrasi demo tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>Demo guests are only added to a demo database.</source>
        <translation>Tamu demo hanya ditambahkan ke basis data demo.</translation>
    </message>
    <message>
        <source>There is no front-office user to serve the demo guests.</source>
        <translation>Tidak ada pengguna petugas loket untuk melayani tamu demo.</translation>
    </message>
    <message>
        <source>The demo database has no back-office user.</source>
        <translation>Basis data demo tidak memiliki pengguna petugas pengolah (back office).</translation>
    </message>
</context>
<context>
    <name>loket::DemoSurvey</name>
    <message>
        <source>The demo survey needs an active front-office user; seed the demo users first.</source>
        <translation>Survei demo memerlukan pengguna petugas loket (front office) yang aktif; buat pengguna demo terlebih dahulu.</translation>
    </message>
    <message>
        <source>Cannot read the demo cases: %1</source>
        <translation>Registrasi demo tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>loket::DtksImporter</name>
    <message>
        <source>The file is empty: its first row must name the columns.</source>
        <translation>Berkas kosong: baris pertama harus berisi nama kolom.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Enter the date of the extract (the date SIKS-NG exported it): every lookup shows it.</source>
        <translation>Isi tanggal ekstrak (tanggal data diekspor dari SIKS-NG): tanggal ini ditampilkan pada setiap pencarian.</translation>
    </message>
    <message>
        <source>Cannot save the extract: %1</source>
        <translation>Ekstrak tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>Impor dibatalkan; tidak ada data yang disimpan.</translation>
    </message>
    <message>
        <source>unclosed quote</source>
        <translation>tanda petik tidak ditutup</translation>
    </message>
    <message>
        <source>a quoted value is not closed before the end of the file</source>
        <translation>nilai bertanda petik tidak ditutup sampai akhir berkas</translation>
    </message>
    <message>
        <source>wrong number of columns</source>
        <translation>jumlah kolom salah</translation>
    </message>
    <message>
        <source>the row has %1 columns, the header %2 (a separator inside a value without quotes?)</source>
        <translation>baris ini memiliki %1 kolom, sedangkan baris judul %2 kolom (ada pemisah di dalam nilai tanpa tanda petik?)</translation>
    </message>
    <message>
        <source>NIK empty</source>
        <translation>NIK kosong</translation>
    </message>
    <message>
        <source>the NIK is empty</source>
        <translation>kolom NIK kosong</translation>
    </message>
    <message>
        <source>NIK rounded by a spreadsheet</source>
        <translation>NIK dibulatkan spreadsheet</translation>
    </message>
    <message>
        <source>the NIK &quot;%1&quot; was rounded by a spreadsheet (scientific notation): export the column as text</source>
        <translation>NIK &quot;%1&quot; telah dibulatkan oleh aplikasi spreadsheet (notasi ilmiah): ekspor kolom tersebut sebagai teks</translation>
    </message>
    <message>
        <source>NIK not digits</source>
        <translation>NIK bukan angka</translation>
    </message>
    <message>
        <source>the NIK &quot;%1&quot; contains characters other than digits</source>
        <translation>NIK &quot;%1&quot; berisi karakter selain angka</translation>
    </message>
    <message>
        <source>NIK not 16 digits</source>
        <translation>NIK tidak 16 digit</translation>
    </message>
    <message>
        <source>the NIK &quot;%1&quot; has %2 digits, not 16</source>
        <translation>NIK &quot;%1&quot; terdiri atas %2 digit, bukan 16</translation>
    </message>
    <message>
        <source>name empty</source>
        <translation>nama kosong</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>kolom nama kosong</translation>
    </message>
    <message>
        <source>Cannot save line %1: %2 (nothing was saved)</source>
        <translation>Baris %1 tidak dapat disimpan: %2 (tidak ada data yang disimpan)</translation>
    </message>
    <message>
        <source>The file has no data rows below its header: nothing was imported.</source>
        <translation>Berkas tidak memiliki baris data di bawah baris judul: tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>None of the %1 rows could be imported (see the bad rows): nothing was saved.</source>
        <translation>Tidak satu pun dari %1 baris dapat diimpor (lihat baris bermasalah): tidak ada data yang disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported</source>
        <translation>
            <numerusform>%n baris diimpor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n bad row(s) skipped</source>
        <translation>
            <numerusform>, %n baris bermasalah dilewati</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 bad rows are listed.</source>
        <translation>Hanya %1 baris bermasalah pertama yang ditampilkan.</translation>
    </message>
    <message>
        <source>Cannot read the DTKS extracts: %1</source>
        <translation>Ekstrak data DTKS tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>There is no DTKS extract %1.</source>
        <translation>Tidak ada ekstrak data DTKS %1.</translation>
    </message>
    <message>
        <source>Cannot remove the DTKS extract: %1</source>
        <translation>Ekstrak data DTKS tidak dapat dihapus: %1</translation>
    </message>
</context>
<context>
    <name>loket::DtksLookup</name>
    <message>
        <source>Cannot read the DTKS extracts: %1</source>
        <translation>Ekstrak DTKS tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Cannot search the DTKS extracts: %1</source>
        <translation>Pencarian dalam ekstrak DTKS gagal: %1</translation>
    </message>
    <message>
        <source>Type an NIK (16 digits) or at least part of a name.</source>
        <translation>Ketik NIK (16 digit) atau paling tidak sebagian nama.</translation>
    </message>
</context>
<context>
    <name>loket::DtksText</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Family card (KK) number</source>
        <translation>Nomor Kartu Keluarga (KK)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Village (desa/kelurahan)</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Programs (PKH, BPNT, PBI-JK…)</source>
        <translation>Program bantuan (PKH, BPNT, PBI-JK…)</translation>
    </message>
    <message>
        <source>Status/remarks</source>
        <translation>Status/keterangan</translation>
    </message>
    <message>
        <source>Choose the column that holds the %1: it is required.</source>
        <translation>Pilih kolom yang berisi %1 (wajib).</translation>
    </message>
    <message>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <source>%1 is mapped to column %2, but the file has %3 columns.</source>
        <translation>%1 dipetakan ke kolom %2, tetapi berkas hanya memiliki %3 kolom.</translation>
    </message>
    <message>
        <source>%1 and %2 are both mapped to column %3: choose one column per field.</source>
        <translation>%1 dan %2 sama-sama dipetakan ke kolom %3: pilih satu kolom untuk setiap isian.</translation>
    </message>
    <message>
        <source>Desil (DTSEN welfare decile)</source>
        <translation>Desil (peringkat kesejahteraan DTSEN)</translation>
    </message>
    <message>
        <source>Household id (ID keluarga / ID DTSEN)</source>
        <translation>ID keluarga (ID keluarga / ID DTSEN)</translation>
    </message>
</context>
<context>
    <name>loket::DtsenThresholds</name>
    <message>
        <source>Cannot read the DTSEN programme thresholds: %1</source>
        <translation>Batas desil program DTSEN tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Give the programme, the highest desil it serves (0 to 10; 0: none) and the date the rule applies from.</source>
        <translation>Isikan program, desil tertinggi yang dilayaninya (0 sampai 10; 0: tidak ada) dan tanggal mulai berlakunya ketentuan.</translation>
    </message>
    <message>
        <source>Cannot save the DTSEN programme threshold: %1</source>
        <translation>Batas desil program DTSEN tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>no desil</source>
        <translation>tidak ada desil</translation>
    </message>
    <message>
        <source>desil 1</source>
        <translation>desil 1</translation>
    </message>
    <message>
        <source>desil 1–%1</source>
        <translation>desil 1–%1</translation>
    </message>
    <message>
        <source>%1: %2 from %3</source>
        <translation>%1: %2 mulai %3</translation>
    </message>
    <message>
        <source>%1 (default, to be confirmed by the office)</source>
        <translation>%1 (bawaan, perlu dikonfirmasi oleh kantor)</translation>
    </message>
</context>
<context>
    <name>loket::DueDateCalculator</name>
    <message>
        <source>The holidays of %1 have not been entered; the due date counts only weekends for that year.</source>
        <translation>Hari libur tahun %1 belum diisi; tanggal selesai untuk tahun itu hanya memperhitungkan Sabtu dan Minggu.</translation>
    </message>
</context>
<context>
    <name>loket::EligibilityChecker</name>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 tahun</translation>
    </message>
    <message>
        <source>%1 years or older</source>
        <translation>%1 tahun ke atas</translation>
    </message>
    <message>
        <source>%1 years or younger</source>
        <translation>%1 tahun ke bawah</translation>
    </message>
    <message>
        <source>Age unknown: fill in the NIK or birth date (required: %1).</source>
        <translation>Usia belum diketahui: isi NIK atau tanggal lahir (syarat: %1).</translation>
    </message>
    <message>
        <source>Age %1: meets %2.</source>
        <translation>Usia %1 tahun: memenuhi syarat %2.</translation>
    </message>
    <message>
        <source>Age %1: does not meet %2.</source>
        <translation>Usia %1 tahun: tidak memenuhi syarat %2.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Domicile unknown: fill in the address or NIK.</source>
        <translation>Domisili belum diketahui: isi alamat atau NIK.</translation>
    </message>
    <message>
        <source>Domiciled in the region %1 (from the %2).</source>
        <translation>Berdomisili di wilayah %1 (menurut %2).</translation>
    </message>
    <message>
        <source>Not domiciled in the region %1 (the %2 says %3).</source>
        <translation>Tidak berdomisili di wilayah %1 (menurut %2: %3).</translation>
    </message>
    <message>
        <source>Married at least %1 years: check the marriage certificate.</source>
        <translation>Menikah paling sedikit %1 tahun: periksa buku nikah/akta perkawinan.</translation>
    </message>
</context>
<context>
    <name>loket::GammuConfig</name>
    <message>
        <source>Cannot read the gammu-smsd configuration %1: %2. Check the path under Office, SMS messages.</source>
        <translation>Konfigurasi gammu-smsd %1 tidak dapat dibaca: %2. Periksa jalurnya di Kantor, Pesan SMS.</translation>
    </message>
    <message>
        <source>%1 names no SMSD service ([smsd] service = files). Check the gammu-smsd configuration.</source>
        <translation>%1 tidak menyebut layanan SMSD ([smsd] service = files). Periksa konfigurasi gammu-smsd.</translation>
    </message>
</context>
<context>
    <name>loket::GammuGateway</name>
    <message>
        <source>The messages are being handed to gammu-smsd already.</source>
        <translation>Pesan sedang diserahkan ke gammu-smsd.</translation>
    </message>
    <message>
        <source>Notification %1 to %2: gammu-smsd-inject did not take it (%3).</source>
        <translation>Pemberitahuan %1 ke %2: tidak diterima gammu-smsd-inject (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be started; install gammu-smsd</source>
        <translation>%1 tidak dapat dijalankan; pasang paket gammu-smsd</translation>
    </message>
    <message>
        <source>gammu-smsd&apos;s &quot;%1&quot; service keeps no sent and error folders that Loket can read: the state of the messages is not known here.</source>
        <translation>Layanan &quot;%1&quot; gammu-smsd tidak menyimpan folder terkirim dan gagal yang dapat dibaca Loket: status pesan tidak dapat diketahui di sini.</translation>
    </message>
</context>
<context>
    <name>loket::GuestBook</name>
    <message>
        <source>Fill in the visitor&apos;s name.</source>
        <translation>Isi nama tamu.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters, %2 were typed.</source>
        <translation>Nama terlalu panjang: paling banyak %1 karakter; yang diketik %2 karakter.</translation>
    </message>
    <message>
        <source>The NIK may hold digits only; leave it empty if the visitor does not give it.</source>
        <translation>NIK hanya boleh berisi angka; kosongkan jika tamu tidak memberikannya.</translation>
    </message>
    <message>
        <source>The NIK must have 16 digits; %1 were typed.</source>
        <translation>NIK harus 16 digit; yang diketik %1 digit.</translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces, &quot;-&quot; and a leading &quot;+&quot; (4 to 30 characters).</source>
        <translation>Nomor telepon hanya boleh berisi angka, spasi, &quot;-&quot; dan &quot;+&quot; di awal (4 sampai 30 karakter).</translation>
    </message>
    <message>
        <source>The origin is too long: at most %1 characters.</source>
        <translation>Asal tamu terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Fill in what the visitor came for.</source>
        <translation>Isi keperluan tamu.</translation>
    </message>
    <message>
        <source>The purpose is too long: at most %1 characters.</source>
        <translation>Keperluan terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>There is no service %1 in the office&apos;s catalog; choose one from the list or leave it empty.</source>
        <translation>Tidak ada layanan %1 dalam katalog kantor; pilih salah satu dari daftar atau kosongkan.</translation>
    </message>
    <message>
        <source>The answer is too long: at most %1 characters.</source>
        <translation>Jawaban yang diberikan terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The visit time is in the future; check the date and time.</source>
        <translation>Waktu kunjungan tidak boleh melewati waktu sekarang; periksa tanggal dan jamnya.</translation>
    </message>
    <message>
        <source>Only an active user can write in the guest book; log in first.</source>
        <translation>Hanya pengguna aktif yang dapat mengisi buku tamu; masuk terlebih dahulu.</translation>
    </message>
    <message>
        <source>Cannot save the guest book entry: %1</source>
        <translation>Entri buku tamu tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Cannot save the guest book entry: the database gave no id.</source>
        <translation>Entri buku tamu tidak dapat disimpan: basis data tidak memberikan id.</translation>
    </message>
    <message>
        <source>Choose a day, a month or a year.</source>
        <translation>Pilih hari, bulan atau tahun.</translation>
    </message>
    <message>
        <source>Cannot read the guest book: %1</source>
        <translation>Buku tamu tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>loket::HolidayStore</name>
    <message>
        <source>Cannot read the holidays: %1</source>
        <translation>Hari libur tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Cannot save the holiday %1: %2</source>
        <translation>Hari libur %1 tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>Cannot remove the holiday %1: %2</source>
        <translation>Hari libur %1 tidak dapat dihapus: %2</translation>
    </message>
    <message>
        <source>%1 is not in the holiday calendar.</source>
        <translation>%1 tidak ada dalam kalender hari libur.</translation>
    </message>
</context>
<context>
    <name>loket::IdentityNumberChecker</name>
    <message>
        <source>%1 is empty: type the 16 digits.</source>
        <translation>%1 masih kosong: ketik 16 digitnya.</translation>
    </message>
    <message>
        <source>%1 may contain digits only; &quot;%2&quot; is not a digit.</source>
        <translation>%1 hanya boleh berisi angka; &quot;%2&quot; bukan angka.</translation>
    </message>
    <message>
        <source>%1 must have 16 digits; %2 were typed.</source>
        <translation>%1 harus 16 digit; yang diketik %2 digit.</translation>
    </message>
    <message>
        <source>Digits 1–2 (%1) are not the code of any province.</source>
        <translation>Digit 1–2 (%1) bukan kode provinsi mana pun.</translation>
    </message>
    <message>
        <source>Digits 3–4 (%1) are not a regency or city of %2 in the current Kemendagri table; the number may predate a regional split.</source>
        <translation>Digit 3–4 (%1) bukan kabupaten/kota di %2 menurut tabel Kemendagri terkini; nomor ini mungkin terbit sebelum pemekaran wilayah.</translation>
    </message>
    <message>
        <source>Digits 5–6 (%1) are not a district of %2 in the current Kemendagri table; the number may predate a regional split.</source>
        <translation>Digit 5–6 (%1) bukan kecamatan di %2 menurut tabel Kemendagri terkini; nomor ini mungkin terbit sebelum pemekaran wilayah.</translation>
    </message>
    <message>
        <source>The NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Digits 7–12 (%1) are not a possible birth date: expected DDMMYY, with 40 added to the day for women.</source>
        <translation>Digit 7–12 (%1) bukan tanggal lahir yang mungkin: seharusnya HHBBTT, dengan tanggal ditambah 40 untuk perempuan.</translation>
    </message>
    <message>
        <source>Digits 13–16 are 0000; the serial number runs from 0001 to 9999.</source>
        <translation>Digit 13–16 adalah 0000; nomor urut berkisar dari 0001 sampai 9999.</translation>
    </message>
    <message>
        <source>The KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>Digits 7–12 (%1) are not a possible registration date (DDMMYY).</source>
        <translation>Digit 7–12 (%1) bukan tanggal pencatatan yang mungkin (HHBBTT).</translation>
    </message>
</context>
<context>
    <name>loket::IkmReport</name>
    <message>
        <source>The period runs from a date to the same or a later date.</source>
        <translation>Periode harus dimulai dari suatu tanggal sampai tanggal yang sama atau sesudahnya.</translation>
    </message>
    <message>
        <source>There is no service %1 in the office&apos;s catalog.</source>
        <translation>Tidak ada layanan %1 dalam katalog kantor.</translation>
    </message>
</context>
<context>
    <name>loket::IkmWeightSetting</name>
    <message>
        <source>The stored IKM weight &quot;%1&quot; is neither &quot;ninth&quot; nor &quot;0.11&quot;; set it again.</source>
        <translation>Bobot IKM yang tersimpan &quot;%1&quot; bukan &quot;ninth&quot; maupun &quot;0.11&quot;; atur ulang bobotnya.</translation>
    </message>
    <message>
        <source>Only an administrator changes the IKM weight.</source>
        <translation>Hanya administrator yang dapat mengubah bobot IKM.</translation>
    </message>
</context>
<context>
    <name>loket::IssuedDocuments</name>
    <message>
        <source>Cannot store the issued document: %1</source>
        <translation>Dokumen yang diterbitkan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Cannot read the issued documents: %1</source>
        <translation>Dokumen yang telah terbit tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Cannot count the printings: %1</source>
        <translation>Jumlah pencetakan tidak dapat dihitung: %1</translation>
    </message>
</context>
<context>
    <name>loket::LetterBuilder</name>
    <message>
        <source>Service %1 is not in the catalog.</source>
        <translation>Layanan %1 tidak ada dalam katalog.</translation>
    </message>
    <message>
        <source>Service %1 has no document &quot;%2&quot; (it has: %3).</source>
        <translation>Layanan %1 tidak mempunyai dokumen &quot;%2&quot; (yang ada: %3).</translation>
    </message>
</context>
<context>
    <name>loket::LetterNumbering</name>
    <message>
        <source>&quot;%1&quot; is not a register name: use lower-case letters, digits and hyphens, at most 20.</source>
        <translation>&quot;%1&quot; bukan nama buku agenda yang sah: gunakan huruf kecil, angka dan tanda hubung, paling banyak 20 karakter.</translation>
    </message>
    <message>
        <source>Unknown document type &quot;%1&quot;; use one of: %2</source>
        <translation>Jenis dokumen &quot;%1&quot; tidak dikenal; gunakan salah satu dari: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a classification code such as 400.9 or 188.4.</source>
        <translation>&quot;%1&quot; bukan kode klasifikasi seperti 400.9 atau 188.4.</translation>
    </message>
    <message>
        <source>Cannot take a letter number: %1</source>
        <translation>Nomor surat tidak dapat diambil: %1</translation>
    </message>
    <message>
        <source>The subject and the addressee may have at most 500 characters.</source>
        <translation>Perihal dan tujuan surat masing-masing paling banyak 500 karakter.</translation>
    </message>
    <message>
        <source>The number pattern of the register &quot;%1&quot; is unusable: %2</source>
        <translation>Pola nomor buku agenda &quot;%1&quot; tidak dapat dipakai: %2</translation>
    </message>
    <message>
        <source>Cannot enter the letter %1 in the register: %2</source>
        <translation>Surat %1 tidak dapat dicatat dalam buku agenda: %2</translation>
    </message>
    <message>
        <source>The letter %1 is missing from the register.</source>
        <translation>Surat %1 tidak ada dalam buku agenda.</translation>
    </message>
    <message>
        <source>A frozen letter needs its content hash.</source>
        <translation>Surat yang dibekukan memerlukan hash isinya.</translation>
    </message>
    <message>
        <source>There is no letter %1 in the register.</source>
        <translation>Tidak ada surat %1 dalam buku agenda.</translation>
    </message>
    <message>
        <source>Cannot record the letter&apos;s content: %1</source>
        <translation>Isi surat tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>The letter %1 is already frozen.</source>
        <translation>Surat %1 sudah dibekukan.</translation>
    </message>
</context>
<context>
    <name>loket::LetterRegister</name>
    <message>
        <source>Cannot read the letter register: %1</source>
        <translation>Buku agenda surat keluar tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>%1-%2 is not a month.</source>
        <translation>%1-%2 bukan bulan yang sah.</translation>
    </message>
</context>
<context>
    <name>loket::LetterSpecs</name>
    <message>
        <source>unknown key</source>
        <translation>kunci tidak dikenal</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>harus berupa teks</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>harus berupa daftar teks</translation>
    </message>
    <message>
        <source>must be a list of paragraphs</source>
        <translation>harus berupa daftar paragraf</translation>
    </message>
    <message>
        <source>must be a text or an object</source>
        <translation>harus berupa teks atau objek</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>nilai &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>harus berupa objek</translation>
    </message>
    <message>
        <source>required: lowercase letters, digits and &quot;-&quot; only</source>
        <translation>wajib diisi, hanya huruf kecil, angka dan &quot;-&quot;</translation>
    </message>
    <message>
        <source>at most 3 rows of initials</source>
        <translation>paling banyak 3 baris paraf</translation>
    </message>
    <message>
        <source>must be office or applicant</source>
        <translation>harus office atau applicant</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>bukan JSON yang sah: %1</translation>
    </message>
    <message>
        <source>not one of the documents of this service</source>
        <translation>bukan salah satu dokumen layanan ini</translation>
    </message>
</context>
<context>
    <name>loket::Migrator</name>
    <message>
        <source>Cannot record the schema version: %1</source>
        <translation>Versi skema tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Versi skema tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than this Loket (%2). Update Loket before using this database.</source>
        <translation>Basis data ini berversi skema %1, lebih baru dari Loket ini (%2). Perbarui Loket sebelum memakai basis data ini.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Transaksi tidak dapat dimulai: %1</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed and was rolled back: %3</source>
        <translation>Migrasi %1 (%2) gagal dan dibatalkan seluruhnya: %3</translation>
    </message>
</context>
<context>
    <name>loket::NetworkShare</name>
    <message>
        <source>The database file %1 is on a network share (%2). Several counters writing one file on a share damage it, so Loket does not open it there. Put the office&apos;s data on a PostgreSQL server instead (see docs/server.md), or keep the file on this computer&apos;s own disk.</source>
        <translation>Berkas basis data %1 berada di folder jaringan (%2). Beberapa loket yang menulis satu berkas di folder jaringan akan merusaknya, sehingga Loket tidak membukanya di sana. Simpan data kantor di server PostgreSQL (lihat docs/server.md), atau simpan berkas di disk komputer ini sendiri.</translation>
    </message>
</context>
<context>
    <name>loket::Notification</name>
    <message>
        <source>Product ready</source>
        <translation>Produk selesai</translation>
    </message>
    <message>
        <source>File incomplete</source>
        <translation>Berkas belum lengkap</translation>
    </message>
    <message>
        <source>Complaint answered</source>
        <translation>Pengaduan dijawab</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Dalam antrean</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Copied by hand</source>
        <translation>Dikirim manual</translation>
    </message>
</context>
<context>
    <name>loket::NotificationSettings</name>
    <message>
        <source>A message may take 1 to %1 SMS parts.</source>
        <translation>Satu pesan boleh terdiri atas 1 sampai %1 bagian SMS.</translation>
    </message>
</context>
<context>
    <name>loket::NotificationStore</name>
    <message>
        <source>Cannot save the notification: %1</source>
        <translation>Pemberitahuan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Cannot read the new notification back: %1</source>
        <translation>Pemberitahuan baru tidak dapat dibaca kembali: %1</translation>
    </message>
    <message>
        <source>Cannot read the notifications: %1</source>
        <translation>Daftar pemberitahuan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>There is no notification %1.</source>
        <translation>Tidak ada pemberitahuan %1.</translation>
    </message>
    <message>
        <source>Cannot record that notification %1 went to the SMS gateway: %2</source>
        <translation>Penyerahan pemberitahuan %1 ke gerbang SMS tidak dapat dicatat: %2</translation>
    </message>
    <message>
        <source>Cannot record the SMS gateway&apos;s report on notification %1: %2</source>
        <translation>Laporan gerbang SMS atas pemberitahuan %1 tidak dapat dicatat: %2</translation>
    </message>
    <message>
        <source>Cannot mark notification %1 as sent by hand: %2</source>
        <translation>Pemberitahuan %1 tidak dapat ditandai terkirim manual: %2</translation>
    </message>
    <message>
        <source>Notification %1 is no longer waiting: it was sent or handed to the SMS gateway already.</source>
        <translation>Pemberitahuan %1 tidak lagi menunggu: sudah dikirim atau diserahkan ke gerbang SMS.</translation>
    </message>
</context>
<context>
    <name>loket::Notifier</name>
    <message>
        <source>Cannot read case %1 for its notification: %2</source>
        <translation>Registrasi %1 tidak dapat dibaca untuk pemberitahuannya: %2</translation>
    </message>
    <message>
        <source>Cannot read complaint %1 for its notification: %2</source>
        <translation>Pengaduan %1 tidak dapat dibaca untuk pemberitahuannya: %2</translation>
    </message>
    <message>
        <source>Complaint %1 is about no case: no SMS consent covers it.</source>
        <translation>Pengaduan %1 tidak terkait registrasi mana pun: tidak ada persetujuan SMS yang berlaku.</translation>
    </message>
    <message>
        <source>%1: the applicant did not agree to SMS notifications.</source>
        <translation>%1: pemohon tidak bersedia menerima pemberitahuan SMS.</translation>
    </message>
</context>
<context>
    <name>loket::NumberPattern</name>
    <message>
        <source>The pattern is too long: at most %1 characters.</source>
        <translation>Pola terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The pattern needs {serial}: without it numbers would repeat.</source>
        <translation>Pola harus memuat {serial}: tanpanya nomor akan berulang.</translation>
    </message>
    <message>
        <source>The pattern needs {year}: the serial starts again every year.</source>
        <translation>Pola harus memuat {year}: nomor urut dimulai lagi setiap tahun.</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1}.</source>
        <translation>Penanda {%1} tidak dikenal.</translation>
    </message>
</context>
<context>
    <name>loket::OfficeDatabase</name>
    <message>
        <source>Unknown office &quot;%1&quot;; choose one of: %2</source>
        <translation>Kantor &quot;%1&quot; tidak dikenal; pilih salah satu: %2</translation>
    </message>
    <message>
        <source>This database belongs to the office &quot;%1&quot;; a database serves one office only. Choose another file with --db.</source>
        <translation>Basis data ini milik kantor &quot;%1&quot;; satu basis data hanya melayani satu kantor. Pilih berkas lain dengan --db.</translation>
    </message>
    <message>
        <source>The database %1 has not been set up for an office; run &quot;loketctl db init --office ID&quot;.</source>
        <translation>Basis data %1 belum disiapkan untuk sebuah kantor; jalankan &quot;loketctl db init --office ID&quot;.</translation>
    </message>
    <message>
        <source>office.id: &quot;%1&quot; in %2, but the database belongs to &quot;%3&quot;</source>
        <translation>office.id: &quot;%1&quot; di %2, padahal basis data ini milik &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>loket::PdfFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>The PDF writer refused the page layout.</source>
        <translation>Penulis PDF menolak tata letak halaman.</translation>
    </message>
</context>
<context>
    <name>loket::Permissions</name>
    <message>
        <source>register a case</source>
        <translation>mendaftarkan berkas</translation>
    </message>
    <message>
        <source>change the requirement checklist</source>
        <translation>mengubah daftar persyaratan</translation>
    </message>
    <message>
        <source>print a receipt</source>
        <translation>mencetak tanda terima</translation>
    </message>
    <message>
        <source>hand over a product</source>
        <translation>menyerahkan produk</translation>
    </message>
    <message>
        <source>start work on a case</source>
        <translation>mulai mengerjakan registrasi</translation>
    </message>
    <message>
        <source>close the verification of a case</source>
        <translation>menutup verifikasi registrasi</translation>
    </message>
    <message>
        <source>record a front-office step</source>
        <translation>mencatat langkah petugas loket</translation>
    </message>
    <message>
        <source>record a back-office step</source>
        <translation>mencatat langkah petugas pengolah</translation>
    </message>
    <message>
        <source>record a verification or field step</source>
        <translation>mencatat langkah verifikasi atau lapangan</translation>
    </message>
    <message>
        <source>record a step of the head of division</source>
        <translation>mencatat langkah Kepala Bidang</translation>
    </message>
    <message>
        <source>record a step of the secretary</source>
        <translation>mencatat langkah Sekretaris</translation>
    </message>
    <message>
        <source>record a step of the head of office</source>
        <translation>mencatat langkah Kepala Dinas</translation>
    </message>
    <message>
        <source>record a field visit</source>
        <translation>mencatat kunjungan lapangan</translation>
    </message>
    <message>
        <source>add an assessment note</source>
        <translation>menambahkan catatan asesmen</translation>
    </message>
    <message>
        <source>attach a file to a case</source>
        <translation>melampirkan berkas pada registrasi</translation>
    </message>
    <message>
        <source>reassign a case</source>
        <translation>mengalihkan registrasi ke petugas lain</translation>
    </message>
    <message>
        <source>reject a case</source>
        <translation>menolak registrasi</translation>
    </message>
    <message>
        <source>send a draft for initials</source>
        <translation>mengajukan konsep untuk diparaf</translation>
    </message>
    <message>
        <source>initial a document</source>
        <translation>memaraf dokumen</translation>
    </message>
    <message>
        <source>return a draft to its drafter</source>
        <translation>mengembalikan konsep kepada konseptor</translation>
    </message>
    <message>
        <source>sign a document</source>
        <translation>menandatangani dokumen</translation>
    </message>
    <message>
        <source>sign for the head of office (a.n., Plt. or Plh.)</source>
        <translation>menandatangani untuk Kepala Dinas (a.n., Plt. atau Plh.)</translation>
    </message>
    <message>
        <source>issue a letter number</source>
        <translation>memberikan nomor surat</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>mengelola akun pengguna</translation>
    </message>
    <message>
        <source>change the catalog or the sign-off chains</source>
        <translation>mengubah katalog atau rantai penandatanganan</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>melihat log audit</translation>
    </message>
    <message>
        <source>A front-office clerk</source>
        <translation>Petugas loket</translation>
    </message>
    <message>
        <source>a front-office clerk</source>
        <translation>petugas loket</translation>
    </message>
    <message>
        <source>A back-office officer</source>
        <translation>Petugas pengolah</translation>
    </message>
    <message>
        <source>a back-office officer</source>
        <translation>petugas pengolah</translation>
    </message>
    <message>
        <source>A verifier (field officer)</source>
        <translation>Verifikator (petugas lapangan)</translation>
    </message>
    <message>
        <source>a verifier (field officer)</source>
        <translation>verifikator (petugas lapangan)</translation>
    </message>
    <message>
        <source>A head of division</source>
        <translation>Kepala Bidang</translation>
    </message>
    <message>
        <source>the head of division</source>
        <translation>Kepala Bidang</translation>
    </message>
    <message>
        <source>The secretary</source>
        <translation>Sekretaris</translation>
    </message>
    <message>
        <source>the secretary</source>
        <translation>Sekretaris</translation>
    </message>
    <message>
        <source>The head of office</source>
        <translation>Kepala Dinas</translation>
    </message>
    <message>
        <source>the head of office</source>
        <translation>Kepala Dinas</translation>
    </message>
    <message>
        <source>An administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>The account of %1 is disabled; it may not do anything.</source>
        <translation>Akun %1 telah dinonaktifkan; akun ini tidak dapat melakukan apa pun.</translation>
    </message>
    <message>
        <source>%1 cannot %2; ask %3.</source>
        <translation>%1 tidak dapat %2; mintalah kepada %3.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 atau %2</translation>
    </message>
    <message>
        <source>There is no user account &quot;%1&quot;.</source>
        <translation>Tidak ada akun pengguna &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>view or print the registers</source>
        <translation>melihat atau mencetak buku register</translation>
    </message>
    <message>
        <source>write in the guest book</source>
        <translation>mengisi buku tamu</translation>
    </message>
    <message>
        <source>view the service reports</source>
        <translation>melihat laporan layanan</translation>
    </message>
    <message>
        <source>import a DTKS extract</source>
        <translation>mengimpor ekstrak DTKS</translation>
    </message>
</context>
<context>
    <name>loket::PersonErasure</name>
    <message>
        <source>The person was not erased: %1</source>
        <translation>Data orang tersebut tidak dihapus: %1</translation>
    </message>
    <message>
        <source>The retention period &quot;%1&quot; is not a number of years; set it again.</source>
        <translation>Masa simpan &quot;%1&quot; bukan jumlah tahun; atur ulang masa simpan.</translation>
    </message>
    <message>
        <source>The retention period is 1 to 100 years.</source>
        <translation>Masa simpan harus 1 sampai 100 tahun.</translation>
    </message>
    <message>
        <source>Loket holds no person with the NIK %1.</source>
        <translation>Loket tidak menyimpan data orang dengan NIK %1.</translation>
    </message>
    <message>
        <source>%1 (closed %2; from %3)</source>
        <translation>%1 (ditutup %2; dapat dihapus mulai %3)</translation>
    </message>
    <message>
        <source>still open: %1</source>
        <translation>masih berjalan: %1</translation>
    </message>
    <message numerus="yes">
        <source>closed less than %n year(s) ago: %1</source>
        <translation>
            <numerusform>ditutup kurang dari %n tahun yang lalu: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The person cannot be erased yet; cases %1.</source>
        <translation>Data orang tersebut belum dapat dihapus; permohonan %1.</translation>
    </message>
</context>
<context>
    <name>loket::PersonRecord</name>
    <message>
        <source>Cannot read the person&apos;s data: %1</source>
        <translation>Data orang tersebut tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Loket holds no person with the NIK %1.</source>
        <translation>Loket tidak menyimpan data orang dengan NIK %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>loket::PersonalDataAudit</name>
    <message>
        <source>created</source>
        <translation>dibuat</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>kata sandi diubah</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>dicetak</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>diterbitkan</translation>
    </message>
    <message>
        <source>document issued</source>
        <translation>dokumen diterbitkan</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>dibekukan</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>diimpor</translation>
    </message>
    <message>
        <source>training data added</source>
        <translation>data latihan ditambahkan</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>diatur ulang</translation>
    </message>
    <message>
        <source>viewed personal data</source>
        <translation>data pribadi dilihat</translation>
    </message>
    <message>
        <source>exported personal data</source>
        <translation>data pribadi diekspor</translation>
    </message>
    <message>
        <source>erased personal data</source>
        <translation>data pribadi dihapus</translation>
    </message>
</context>
<context>
    <name>loket::PgPassFile</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Berkas kata sandi %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder of the password file %1.</source>
        <translation>Folder untuk berkas kata sandi %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Cannot write the password file %1: %2</source>
        <translation>Berkas kata sandi %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Cannot replace the password file %1.</source>
        <translation>Berkas kata sandi %1 tidak dapat diganti.</translation>
    </message>
</context>
<context>
    <name>loket::PhoneNumber</name>
    <message>
        <source>The phone number may only hold digits, spaces and dashes (&quot;%1&quot; is not allowed): write it as 08…</source>
        <translation>Nomor telepon hanya boleh berisi angka, spasi dan tanda hubung (&quot;%1&quot; tidak boleh): tulis sebagai 08…</translation>
    </message>
    <message>
        <source>Fill in the applicant&apos;s mobile number (08…).</source>
        <translation>Isi nomor HP pemohon (08…).</translation>
    </message>
    <message>
        <source>Only Indonesian numbers (+62) can receive the office&apos;s SMS.</source>
        <translation>Hanya nomor Indonesia (+62) yang dapat menerima SMS kantor.</translation>
    </message>
    <message>
        <source>%1 is not a mobile number: an SMS needs a number that starts with 08.</source>
        <translation>%1 bukan nomor HP: SMS memerlukan nomor yang diawali 08.</translation>
    </message>
    <message>
        <source>A mobile number has 10 to 13 digits (08 and 8 to 11 more); %1 has %2. Check the number.</source>
        <translation>Nomor HP terdiri atas 10 sampai 13 angka (08 ditambah 8 sampai 11 angka); %1 berisi %2. Periksa nomornya.</translation>
    </message>
</context>
<context>
    <name>loket::PrivateFiles</name>
    <message>
        <source>Cannot make %1 readable by its owner only: %2</source>
        <translation>%1 tidak dapat dibatasi agar hanya dapat dibaca pemiliknya: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>%1 may be read by other accounts of this computer (permissions %2), and Loket cannot change that: ask the administrator to run &quot;chmod go-rwx %1&quot;.</source>
        <translation>%1 dapat dibaca akun lain di komputer ini (izin %2) dan Loket tidak dapat mengubahnya: mintalah administrator menjalankan &quot;chmod go-rwx %1&quot;.</translation>
    </message>
    <message>
        <source>%1 could be read by other accounts of this computer (permissions %2); it holds personal data, so Loket made it readable by its owner only (%3).</source>
        <translation>%1 dapat dibaca akun lain di komputer ini (izin %2); berkas ini memuat data pribadi, sehingga Loket membatasinya agar hanya dapat dibaca pemiliknya (%3).</translation>
    </message>
</context>
<context>
    <name>loket::ProductIssuer</name>
    <message>
        <source>%1 is not rejected: it has no rejection letter.</source>
        <translation>%1 tidak ditolak: tidak ada surat penolakan.</translation>
    </message>
</context>
<context>
    <name>loket::RecipientRegister</name>
    <message>
        <source>Choose a day, a month or a year.</source>
        <translation>Pilih hari, bulan atau tahun.</translation>
    </message>
    <message>
        <source>Cannot read the register of service recipients: %1</source>
        <translation>Buku daftar penerima layanan tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>loket::RegionTable</name>
    <message>
        <source>line %1: expected code,name,level</source>
        <translation>baris %1: seharusnya kode,nama,tingkat</translation>
    </message>
</context>
<context>
    <name>loket::RegisterPeriod</name>
    <message>
        <source>&quot;%1&quot; is not a day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY).</source>
        <translation>&quot;%1&quot; bukan tanggal (TTTT-BB-HH), bulan (TTTT-BB) atau tahun (TTTT).</translation>
    </message>
</context>
<context>
    <name>loket::Reminders</name>
    <message>
        <source>%1 for %2</source>
        <translation>%1 atas nama %2</translation>
    </message>
    <message>
        <source>Answer to: %1</source>
        <translation>Jawaban atas pengaduan: %1</translation>
    </message>
    <message>
        <source>Initial response to: %1</source>
        <translation>Tanggapan awal atas pengaduan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Collective decree of %1 for %2 (%n recipient(s)) is due at BPJS Kesehatan by %3</source>
        <translation>
            <numerusform>SK kolektif %1 untuk %2 (%n penerima) harus disampaikan ke BPJS Kesehatan paling lambat %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the reminders: %1</source>
        <translation>Pengingat tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>loket::SatisfactionIndex</name>
    <message>
        <source>There are no answers yet.</source>
        <translation>Belum ada jawaban.</translation>
    </message>
    <message>
        <source>Respondent %1, element %2: %3 is not on the 1–4 scale.</source>
        <translation>Responden %1, unsur %2: %3 tidak termasuk skala 1–4.</translation>
    </message>
</context>
<context>
    <name>loket::ServerConnection</name>
    <message>
        <source>&quot;%1&quot; is not a server location; write it as postgresql://user@server:port/database.</source>
        <translation>&quot;%1&quot; bukan alamat server; tuliskan sebagai postgresql://pengguna@server:port/basisdata.</translation>
    </message>
    <message>
        <source>The server location %1 contains a password. Remove it from the location and put it in the file ~/.pgpass of this computer&apos;s user (mode 0600; see docs/server.md), where PostgreSQL looks for it.</source>
        <translation>Alamat server %1 memuat kata sandi. Hapus kata sandi dari alamat itu dan simpan di berkas ~/.pgpass milik pengguna komputer ini (mode 0600; lihat docs/server.md), tempat PostgreSQL mencarinya.</translation>
    </message>
    <message>
        <source>The server location %1 is incomplete: %2</source>
        <translation>Alamat server %1 belum lengkap: %2</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Isikan nama atau alamat server.</translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535 (PostgreSQL uses 5432).</source>
        <translation>Isikan port antara 1 dan 65535 (PostgreSQL memakai 5432).</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Isikan nama basis data di server.</translation>
    </message>
    <message>
        <source>Enter the user name for the server.</source>
        <translation>Isikan nama pengguna untuk server.</translation>
    </message>
</context>
<context>
    <name>loket::SettingsStore</name>
    <message>
        <source>Cannot read the setting %1: %2</source>
        <translation>Pengaturan %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Cannot save the setting %1: %2</source>
        <translation>Pengaturan %1 tidak dapat disimpan: %2</translation>
    </message>
</context>
<context>
    <name>loket::SignoffSettings</name>
    <message>
        <source>A draft collects at most %1 initials.</source>
        <translation>Satu konsep paling banyak memuat %1 paraf.</translation>
    </message>
    <message>
        <source>The head of office signs in their own name; a.n., Plt. and Plh. are for the secretary or a head of division signing for them.</source>
        <translation>Kepala Dinas menandatangani atas nama sendiri; a.n., Plt. dan Plh. digunakan bila Sekretaris atau Kepala Bidang menandatangani untuk Kepala Dinas.</translation>
    </message>
    <message>
        <source>%1 signs for the head of office: choose a.n., Plt. or Plh.</source>
        <translation>%1 menandatangani untuk Kepala Dinas: pilih a.n., Plt. atau Plh.</translation>
    </message>
    <message>
        <source>There is no service %1 in the catalog.</source>
        <translation>Tidak ada layanan %1 dalam katalog.</translation>
    </message>
    <message>
        <source>Cannot read the sign-off settings: %1</source>
        <translation>Pengaturan penandatanganan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The stored sign-off chain of %1 is unreadable: %2</source>
        <translation>Rantai penandatanganan %1 yang tersimpan tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Cannot save the sign-off settings: %1</source>
        <translation>Pengaturan penandatanganan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Only a supervisor, the head of division or the secretary may initial drafts, not %1.</source>
        <translation>Hanya supervisor, Kepala Bidang atau Sekretaris yang dapat memaraf konsep, bukan %1.</translation>
    </message>
    <message>
        <source>%1 initials the draft only once.</source>
        <translation>%1 memaraf konsep hanya sekali.</translation>
    </message>
    <message>
        <source>Drafts are signed by the head of office, or for them by the secretary or a head of division; not by %1.</source>
        <translation>Konsep ditandatangani oleh Kepala Dinas, atau atas namanya oleh Sekretaris atau Kepala Bidang; bukan oleh %1.</translation>
    </message>
</context>
<context>
    <name>loket::SmsTemplate</name>
    <message>
        <source>Write the message text.</source>
        <translation>Tulis teks pesan.</translation>
    </message>
    <message>
        <source>%1 is not a placeholder Loket knows; use %2.</source>
        <translation>%1 bukan penanda yang dikenal Loket; gunakan %2.</translation>
    </message>
    <message>
        <source>With this office&apos;s longest service name the message takes %1 SMS parts; at most %2 are allowed. Shorten the text.</source>
        <translation>Dengan nama layanan terpanjang kantor ini pesan memerlukan %1 bagian SMS; paling banyak %2 diperbolehkan. Persingkat teksnya.</translation>
    </message>
</context>
<context>
    <name>loket::SurveyStore</name>
    <message>
        <source>Element U%1 (%2) is not answered.</source>
        <translation>Unsur U%1 (%2) belum dijawab.</translation>
    </message>
    <message>
        <source>Element U%1 (%2): %3 is not on the 1–4 scale.</source>
        <translation>Unsur U%1 (%2): %3 tidak termasuk skala 1–4.</translation>
    </message>
    <message>
        <source>Choose the service the respondent received.</source>
        <translation>Pilih layanan yang diterima responden.</translation>
    </message>
    <message>
        <source>There is no service %1 in the office&apos;s catalog.</source>
        <translation>Tidak ada layanan %1 dalam katalog kantor.</translation>
    </message>
    <message>
        <source>Give the date the questionnaire was answered.</source>
        <translation>Isi tanggal pengisian kuesioner.</translation>
    </message>
    <message>
        <source>The answer date %1 is in the future.</source>
        <translation>Tanggal pengisian %1 melewati hari ini; periksa kembali.</translation>
    </message>
    <message>
        <source>The sex is L or P, or left empty; &quot;%1&quot; is neither.</source>
        <translation>Jenis kelamin diisi L atau P, atau dikosongkan; &quot;%1&quot; bukan keduanya.</translation>
    </message>
    <message>
        <source>The age is %1 to %2 years, or left empty; %3 is not.</source>
        <translation>Umur diisi %1 sampai %2 tahun, atau dikosongkan; %3 tidak termasuk.</translation>
    </message>
    <message>
        <source>The education has at most %1 characters.</source>
        <translation>Pendidikan paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The occupation has at most %1 characters.</source>
        <translation>Pekerjaan paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The suggestion has at most %1 characters; it has %2.</source>
        <translation>Saran paling banyak %1 karakter; yang diisi %2 karakter.</translation>
    </message>
    <message>
        <source>Cannot read the case: %1</source>
        <translation>Registrasi tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>There is no case with id %1.</source>
        <translation>Tidak ada registrasi dengan id %1.</translation>
    </message>
    <message>
        <source>Case %1 already has a survey response (answered on %2); each case has one.</source>
        <translation>Registrasi %1 sudah memiliki jawaban survei (diisi pada %2); setiap registrasi hanya disurvei satu kali.</translation>
    </message>
    <message>
        <source>Case %1 is %2; the survey is taken once the product is handed over.</source>
        <translation>Registrasi %1 berstatus %2; survei diisi setelah produk diserahkan.</translation>
    </message>
    <message>
        <source>Case %1 is of service %2, not %3.</source>
        <translation>Registrasi %1 untuk layanan %2, bukan %3.</translation>
    </message>
    <message>
        <source>The answer date %1 is before case %2 was received (%3).</source>
        <translation>Tanggal pengisian %1 lebih awal daripada tanggal registrasi %2 diterima (%3).</translation>
    </message>
    <message>
        <source>Cannot save the survey response: %1</source>
        <translation>Jawaban survei tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Cannot read the survey responses: %1</source>
        <translation>Jawaban survei tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Cannot count the respondents: %1</source>
        <translation>Jumlah responden tidak dapat dihitung: %1</translation>
    </message>
</context>
<context>
    <name>loket::TableCopier</name>
    <message>
        <source>Cannot list the tables of the backup: %1</source>
        <translation>Daftar tabel cadangan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Cannot read the references of %1: %2</source>
        <translation>Rujukan tabel %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>The table %1 is missing from the target database.</source>
        <translation>Tabel %1 tidak ada pada basis data tujuan.</translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation>Tabel %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Cannot write the table %1: %2</source>
        <translation>Tabel %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Cannot copy row %1 of the table %2: %3</source>
        <translation>Baris %1 dari tabel %2 tidak dapat disalin: %3</translation>
    </message>
    <message>
        <source>Cannot continue the numbering of %1: %2</source>
        <translation>Penomoran tabel %1 tidak dapat dilanjutkan: %2</translation>
    </message>
</context>
<context>
    <name>loket::UpgradeBackup</name>
    <message>
        <source>The database was not upgraded from schema version %1 to %2, because the backup taken first failed: %3 Free space or choose a writable backup folder, then start again; the database is unchanged.</source>
        <translation>Basis data tidak ditingkatkan dari versi skema %1 ke %2, karena pencadangan yang dilakukan terlebih dahulu gagal: %3 Kosongkan ruang penyimpanan atau pilih folder cadangan yang dapat ditulisi, lalu mulai kembali; basis data tidak berubah.</translation>
    </message>
</context>
<context>
    <name>loket::UserStore</name>
    <message>
        <source>The user name &quot;%1&quot; is taken; choose another.</source>
        <translation>Nama pengguna &quot;%1&quot; sudah dipakai; pilih nama lain.</translation>
    </message>
    <message>
        <source>Cannot save the user: %1</source>
        <translation>Data pengguna tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Cannot check the login: %1</source>
        <translation>Proses masuk tidak dapat diperiksa: %1</translation>
    </message>
    <message>
        <source>The user name or password is wrong. Check Caps Lock and try again.</source>
        <translation>Nama pengguna atau kata sandi salah. Periksa tombol Caps Lock, lalu coba lagi.</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask the administrator.</source>
        <translation>Akun ini telah dinonaktifkan. Hubungi administrator.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>Pengguna ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Cannot change the password: %1</source>
        <translation>Kata sandi tidak dapat diubah: %1</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Kata sandi harus paling sedikit %1 karakter.</translation>
    </message>
    <message>
        <source>The user name must be 3–32 lowercase letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;.</source>
        <translation>Nama pengguna harus terdiri atas 3–32 huruf kecil, angka, &quot;.&quot;, &quot;_&quot; atau &quot;-&quot;.</translation>
    </message>
    <message>
        <source>Fill in the user&apos;s full name.</source>
        <translation>Isi nama lengkap pengguna.</translation>
    </message>
    <message>
        <source>A NIP has 18 digits (spaces allowed); leave it empty if the user has none.</source>
        <translation>NIP terdiri atas 18 digit (boleh dengan spasi); kosongkan jika pengguna tidak memiliki NIP.</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>Beri pengguna paling sedikit satu peran.</translation>
    </message>
    <message>
        <source>Only an administrator may add or change user accounts.</source>
        <translation>Hanya administrator yang boleh menambah atau mengubah akun pengguna.</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>Akun pertama harus akun administrator.</translation>
    </message>
    <message>
        <source>%1 is the only active administrator: give another user the administrator role before disabling this account or taking the role away.</source>
        <translation>%1 adalah satu-satunya administrator aktif: berikan peran administrator kepada pengguna lain sebelum menonaktifkan akun ini atau mencabut perannya.</translation>
    </message>
    <message>
        <source>Cannot read the user accounts: %1</source>
        <translation>Akun pengguna tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>loket::Users</name>
    <message>
        <source>Front office</source>
        <translation>Petugas loket (front office)</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Petugas pengolah (back office)</translation>
    </message>
    <message>
        <source>Verifier / field officer</source>
        <translation>Verifikator / petugas lapangan</translation>
    </message>
    <message>
        <source>Head of division (Kabid)</source>
        <translation>Kepala Bidang (Kabid)</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekretaris</translation>
    </message>
    <message>
        <source>Head of office (Kepala Dinas)</source>
        <translation>Kepala Dinas</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>loket::WorkflowQueries</name>
    <message>
        <source>Cannot read the case&apos;s records: %1</source>
        <translation>Catatan registrasi tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>loket::WorkingCalendar</name>
    <message>
        <source>line %1: expected date,day,kind,description</source>
        <translation>baris %1: seharusnya tanggal,hari,jenis,keterangan</translation>
    </message>
</context>
<context>
    <name>loket::Worklist</name>
    <message>
        <source>Cannot read the worklist: %1</source>
        <translation>Daftar kerja tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::AppController</name>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Pengguna…</translation>
    </message>
    <message>
        <source>Add users, change their roles, reset passwords</source>
        <translation>Tambah pengguna, ubah perannya, atur ulang kata sandi</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Pe&amp;ngaturan…</translation>
    </message>
    <message>
        <source>Language, screen lock and receipt paper of this computer</source>
        <translation>Bahasa, kunci layar, dan kertas tanda terima di komputer ini</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Kunci layar</translation>
    </message>
    <message>
        <source>Hide Loket until your password is entered</source>
        <translation>Sembunyikan Loket sampai kata sandi Anda dimasukkan</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Kel&amp;uar</translation>
    </message>
    <message>
        <source>Close your session so that the next user can log in</source>
        <translation>Akhiri sesi Anda agar pengguna berikutnya dapat masuk</translation>
    </message>
    <message>
        <source>&amp;Verify a document…</source>
        <translation>Periksa keaslian &amp;dokumen…</translation>
    </message>
    <message>
        <source>Was a paper issued by this office? Check its verification code</source>
        <translation>Apakah surat ini diterbitkan kantor ini? Periksa kode verifikasinya</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Log &amp;audit…</translation>
    </message>
    <message>
        <source>Who did what and when; check the log&apos;s hash chain</source>
        <translation>Siapa melakukan apa dan kapan; periksa rantai hash log</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Basis data…</translation>
    </message>
    <message>
        <source>Where this computer finds the office&apos;s data: this computer or the office server</source>
        <translation>Tempat komputer ini mengambil data kantor: komputer ini atau server kantor</translation>
    </message>
    <message>
        <source>&amp;Backup and restore…</source>
        <translation>&amp;Cadangan dan pemulihan…</translation>
    </message>
    <message>
        <source>Back up the database now, the daily backup, restore a backup</source>
        <translation>Cadangkan basis data sekarang, atur pencadangan harian, pulihkan cadangan</translation>
    </message>
    <message>
        <source>&amp;Notifications to applicants…</source>
        <translation>&amp;Pemberitahuan kepada pemohon…</translation>
    </message>
    <message>
        <source>Today&apos;s SMS to applicants: send, or copy into WhatsApp</source>
        <translation>SMS hari ini kepada pemohon: kirim, atau salin ke WhatsApp</translation>
    </message>
    <message>
        <source>SMS &amp;messages…</source>
        <translation>Pesan &amp;SMS…</translation>
    </message>
    <message>
        <source>The texts sent to applicants and the office&apos;s SMS modem</source>
        <translation>Teks yang dikirim kepada pemohon dan modem SMS kantor</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <source>From the next start, Loket on this computer works with the restored database %1. The database used until now stays as it is: %2.</source>
        <translation>Mulai dijalankan berikutnya, Loket di komputer ini memakai basis data hasil pemulihan %1. Basis data yang dipakai sampai sekarang tetap seperti adanya: %2.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ApplicantForm</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
    <message>
        <source>16 digits; a known NIK fills in the rest</source>
        <translation>16 digit; NIK yang sudah tercatat akan mengisi data lainnya</translation>
    </message>
    <message>
        <source>Person who submits for the organisation</source>
        <translation>Orang yang mengajukan atas nama lembaga</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <source>%1 of 16 digits</source>
        <translation>%1 dari 16 digit</translation>
    </message>
    <message>
        <source>%1 · born %2 · %3</source>
        <translation>%1 · lahir %2 · %3</translation>
    </message>
    <message>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>⚠ This applicant already has an open case for this service: %1 (%2).</source>
        <translation>⚠ Pemohon ini masih memiliki registrasi yang belum selesai untuk layanan ini: %1 (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as DD-MM-YYYY, e.g. 05-03-1990.</source>
        <translation>&quot;%1&quot; bukan tanggal: ketik dengan bentuk HH-BB-TTTT, misalnya 05-03-1990.</translation>
    </message>
    <message>
        <source>Ask the applicant: messages go to %1 only when the product is ready, the file is incomplete or a complaint is answered.</source>
        <translation>Tanyakan kepada pemohon: pesan dikirim ke %1 hanya bila produk selesai, berkas belum lengkap atau pengaduan dijawab.</translation>
    </message>
    <message>
        <source>Needs a mobile number: %1</source>
        <translation>Memerlukan nomor HP: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::AuditViewerDialog</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>semua tanggal</translation>
    </message>
    <message>
        <source>Show the entries that match (Enter, F5)</source>
        <translation>Tampilkan catatan yang sesuai (Enter, F5)</translation>
    </message>
    <message>
        <source>Recompute the hash chain of the whole log (Ctrl+Shift+H)</source>
        <translation>Hitung ulang rantai hash seluruh log (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(sistem)</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries; narrow the filter to see older ones.</source>
        <translation>
            <numerusform>%n catatan terbaru; persempit saringan untuk melihat yang lebih lama.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ The audit log is intact: %n entries. Last entry %1, hash %2 — note it down to notice later removal of the newest entries.</source>
        <translation>
            <numerusform>✓ Log audit utuh: %n catatan. Catatan terakhir %1, hash %2 — catat untuk mengetahui bila catatan terbaru kelak dihapus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✗ The audit log was TAMPERED with: %n problem(s) in %1 entries.</source>
        <translation>
            <numerusform>✗ Log audit TELAH DIUBAH: %n masalah dalam %1 catatan.</numerusform>
        </translation>
    </message>
    <message>
        <source>All users (the user list could not be read)</source>
        <translation>Semua pengguna (daftar pengguna tidak dapat dibaca)</translation>
    </message>
</context>
<context>
    <name>loket::ui::BackupDialog</name>
    <message>
        <source>Only an administrator may back up and restore.</source>
        <translation>Hanya administrator yang boleh mencadangkan dan memulihkan.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Pengaturan disimpan.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Last good backup: %1. That is more than %2 days ago: back up now.</source>
        <translation>Cadangan baik terakhir: %1. Itu lebih dari %2 hari yang lalu: cadangkan sekarang.</translation>
    </message>
    <message>
        <source>Last good backup: %1.</source>
        <translation>Cadangan baik terakhir: %1.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>terverifikasi</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>rusak</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Mencadangkan ke %1…</translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1 and verified: %n row(s).</source>
        <translation>
            <numerusform>Cadangan ditulis ke %1 dan terverifikasi: %n baris.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Loket backups (*.sqlite)</source>
        <translation>Cadangan Loket (*.sqlite)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Memulihkan %1…</translation>
    </message>
    <message>
        <source>Restore the backup %1 (office %2, taken %3)?

The database in use, %4, is not deleted and stays as it is: the backup is restored into the new file %5, which replaces it as this computer&apos;s database from the next start of Loket. An office server is restored with &quot;loketctl restore&quot; instead (see the README).</source>
        <translation>Pulihkan cadangan %1 (kantor %2, diambil %3)?

Basis data yang sedang dipakai, %4, tidak dihapus dan tetap seperti adanya: cadangan dipulihkan ke berkas baru %5, yang menggantikannya sebagai basis data komputer ini mulai Loket dijalankan berikutnya. Server kantor dipulihkan dengan &quot;loketctl restore&quot; (lihat README).</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>Dipulihkan ke %1.</translation>
    </message>
</context>
<context>
    <name>loket::ui::CaseApplicantPanel</name>
    <message>
        <source>Requirement</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Diajukan oleh</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Family card (KK)</source>
        <translation>Kartu Keluarga (KK)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Deed</source>
        <translation>Akta pendirian</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>SK / pengesahan</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>Organisation address</source>
        <translation>Alamat lembaga</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ketua / pimpinan</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>perpanjangan</translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>Rule overridden: %1</source>
        <translation>Syarat dikesampingkan: %1</translation>
    </message>
    <message>
        <source>DTKS</source>
        <translation>DTKS</translation>
    </message>
</context>
<context>
    <name>loket::ui::CaseAttachmentsPanel</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation>Dilampirkan oleh</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Scans as PDF, JPEG or PNG, at most %1 MB each.</source>
        <translation>Hasil pindaian berupa PDF, JPEG atau PNG, masing-masing paling besar %1 MB.</translation>
    </message>
    <message>
        <source>Open the selected file (Ctrl+Shift+O)</source>
        <translation>Buka berkas yang dipilih (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Save a copy of the selected file (Ctrl+Shift+Y)</source>
        <translation>Simpan salinan berkas yang dipilih (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <source>Attach a scan</source>
        <translation>Lampirkan hasil pindaian</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Hasil pindaian (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Registrasi sudah ditutup.</translation>
    </message>
    <message>
        <source>Attach a scan from a file (Ctrl+U)</source>
        <translation>Lampirkan hasil pindaian dari berkas (Ctrl+U)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+U)</source>
        <translation>%1 (Ctrl+U)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 tidak dapat disimpan: %2</translation>
    </message>
</context>
<context>
    <name>loket::ui::CaseHistoryPanel</name>
    <message>
        <source>Draft sent for initials</source>
        <translation>Konsep diajukan untuk diparaf</translation>
    </message>
    <message>
        <source>Initialled as %1</source>
        <translation>Diparaf sebagai %1</translation>
    </message>
    <message>
        <source>Initialled by the drafter as %1 (paraf konseptor)</source>
        <translation>Paraf konseptor sebagai %1</translation>
    </message>
    <message>
        <source>Returned to the drafter by %1</source>
        <translation>Dikembalikan kepada konseptor oleh %1</translation>
    </message>
    <message>
        <source>Signed, number %1</source>
        <translation>Ditandatangani, nomor %1</translation>
    </message>
    <message>
        <source>Signed %1, number %2</source>
        <translation>Ditandatangani %1, nomor %2</translation>
    </message>
    <message>
        <source>the applicant themself</source>
        <translation>pemohon sendiri</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>suami/istri</translation>
    </message>
    <message>
        <source>child</source>
        <translation>anak</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>orang tua</translation>
    </message>
    <message>
        <source>brother or sister</source>
        <translation>saudara kandung</translation>
    </message>
    <message>
        <source>holder of a power of attorney (kuasa)</source>
        <translation>penerima kuasa (kuasa)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Ditangani oleh %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issued:&lt;/b&gt; %1, signed %2 by %3; verification code %4; %5</source>
        <translation>&lt;b&gt;Diterbitkan:&lt;/b&gt; %1, ditandatangani %2 oleh %3; kode verifikasi %4; %5</translation>
    </message>
    <message>
        <source>not printed yet</source>
        <translation>belum dicetak</translation>
    </message>
    <message numerus="yes">
        <source>printed %n time(s)</source>
        <translation>
            <numerusform>dicetak %n kali</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ditolak:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Collected&lt;/b&gt; %1 by %2 (NIK %3, %4); handed over by %5</source>
        <translation>&lt;b&gt;Diambil&lt;/b&gt; %1 oleh %2 (NIK %3, %4); diserahkan oleh %5</translation>
    </message>
</context>
<context>
    <name>loket::ui::CaseMessagesPanel</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The applicant agreed at intake to be told by SMS.</source>
        <translation>Pemohon bersedia menerima pemberitahuan SMS saat pendaftaran.</translation>
    </message>
    <message>
        <source>The applicant did not agree to SMS: no message is sent for this case.</source>
        <translation>Pemohon tidak bersedia menerima SMS: tidak ada pesan yang dikirim untuk berkas ini.</translation>
    </message>
    <message>
        <source>Handed to the modem</source>
        <translation>Diserahkan ke modem</translation>
    </message>
</context>
<context>
    <name>loket::ui::CaseRecordsPanel</name>
    <message>
        <source>Home visit</source>
        <translation>Kunjungan rumah</translation>
    </message>
    <message>
        <source>Field verification</source>
        <translation>Verifikasi lapangan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Registrasi sudah ditutup.</translation>
    </message>
    <message>
        <source>Record the visit (Ctrl+Shift+F)</source>
        <translation>Catat kunjungan (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Add the assessment note (Ctrl+Shift+N)</source>
        <translation>Tambahkan catatan asesmen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Write the findings of the visit first.</source>
        <translation>Tuliskan temuan kunjungan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Tuliskan catatan terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>loket::ui::CaseStepsPanel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Mark the next step done (Ctrl+D)</source>
        <translation>Tandai langkah berikutnya selesai (Ctrl+D)</translation>
    </message>
    <message>
        <source>Skip the next step; write why in the note (Ctrl+K)</source>
        <translation>Lewati langkah berikutnya; tuliskan alasannya di catatan (Ctrl+K)</translation>
    </message>
    <message>
        <source>The case is closed; its steps can no longer change.</source>
        <translation>Registrasi sudah ditutup; langkah-langkahnya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Every step is done or skipped.</source>
        <translation>Semua langkah sudah selesai atau dilewati.</translation>
    </message>
    <message>
        <source>Next: step %1. %2</source>
        <translation>Berikutnya: langkah %1. %2</translation>
    </message>
    <message>
        <source>Step %1 is not yours to record: %2</source>
        <translation>Langkah %1 tidak dapat Anda catat: %2</translation>
    </message>
    <message>
        <source>%1 (Ctrl+D)</source>
        <translation>%1 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Write in the note why step %1 is skipped, then skip it again.</source>
        <translation>Tuliskan di catatan alasan langkah %1 dilewati, lalu lewati lagi.</translation>
    </message>
    <message>
        <source>open — %1</source>
        <translation>belum — %1</translation>
    </message>
    <message>
        <source>skipped by %1
%2</source>
        <translation>dilewati oleh %1
%2</translation>
    </message>
    <message>
        <source>done by %1
%2</source>
        <translation>selesai oleh %1
%2</translation>
    </message>
    <message>
        <source>Who, when</source>
        <translation>Oleh, kapan</translation>
    </message>
</context>
<context>
    <name>loket::ui::CaseViewWidget</name>
    <message>
        <source>Work on %1 started: it is in verification.</source>
        <translation>Pengerjaan %1 dimulai: kini dalam verifikasi.</translation>
    </message>
    <message>
        <source>%1 is in process.</source>
        <translation>%1 dalam proses.</translation>
    </message>
    <message>
        <source>Step %1 skipped.</source>
        <translation>Langkah %1 dilewati.</translation>
    </message>
    <message>
        <source>Step %1 done.</source>
        <translation>Langkah %1 selesai.</translation>
    </message>
    <message>
        <source>Visit recorded.</source>
        <translation>Kunjungan dicatat.</translation>
    </message>
    <message>
        <source>Assessment note added.</source>
        <translation>Catatan asesmen ditambahkan.</translation>
    </message>
    <message>
        <source>%1 attached.</source>
        <translation>%1 dilampirkan.</translation>
    </message>
    <message>
        <source>%1 is now assigned to %2.</source>
        <translation>%1 kini ditangani oleh %2.</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Tolak %1</translation>
    </message>
    <message>
        <source>Why is the case rejected? The reason is printed in the rejection letter.</source>
        <translation>Mengapa permohonan ditolak? Alasannya dicetak dalam surat penolakan.</translation>
    </message>
    <message>
        <source>A case is rejected only with a reason; nothing was changed.</source>
        <translation>Penolakan harus disertai alasan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>%1 rejected. Print the rejection letter (Ctrl+P).</source>
        <translation>%1 ditolak. Cetak surat penolakan (Ctrl+P).</translation>
    </message>
    <message>
        <source>The draft of %1 was sent for initials.</source>
        <translation>Konsep %1 telah dikirim untuk diparaf.</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Mulai kerjakan</translation>
    </message>
    <message>
        <source>Begin processing</source>
        <translation>Mulai proses</translation>
    </message>
    <message>
        <source>Reassign to another officer</source>
        <translation>Alihkan ke petugas lain</translation>
    </message>
    <message>
        <source>Reject the case with a reason</source>
        <translation>Tolak permohonan dengan alasan</translation>
    </message>
    <message>
        <source>Send the draft for initials</source>
        <translation>Kirim konsep untuk diparaf</translation>
    </message>
    <message>
        <source>Read your draft and initial it as its drafter (paraf konseptor)</source>
        <translation>Baca konsep Anda, lalu bubuhkan paraf konseptor</translation>
    </message>
    <message>
        <source>Read and initial the draft</source>
        <translation>Baca dan paraf konsep</translation>
    </message>
    <message>
        <source>Return the draft to the drafter with a note</source>
        <translation>Kembalikan konsep kepada konseptor dengan catatan</translation>
    </message>
    <message>
        <source>Read and sign the document</source>
        <translation>Baca dan tandatangani dokumen</translation>
    </message>
    <message>
        <source>Hand the product over to who collects it</source>
        <translation>Serahkan produk kepada yang mengambilnya</translation>
    </message>
    <message>
        <source>Print the rejection letter</source>
        <translation>Cetak surat penolakan</translation>
    </message>
    <message>
        <source>Print the product (a reprint is marked SALINAN)</source>
        <translation>Cetak produk (cetak ulang diberi tanda SALINAN)</translation>
    </message>
    <message>
        <source>Save the document as PDF (counted as a printing)</source>
        <translation>Simpan dokumen sebagai PDF (dihitung sebagai pencetakan)</translation>
    </message>
    <message>
        <source>Print rejection letter</source>
        <translation>Cetak surat penolakan</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>%1 has no draft waiting for initials or a signature (it is %2).</source>
        <translation>%1 tidak memiliki konsep yang menunggu paraf atau tanda tangan (statusnya %2).</translation>
    </message>
    <message>
        <source>Every initial is given: the draft waits for the signature.</source>
        <translation>Semua paraf sudah lengkap: konsep menunggu tanda tangan.</translation>
    </message>
    <message>
        <source>The draft still waits for initials before it is signed.</source>
        <translation>Konsep masih menunggu paraf sebelum ditandatangani.</translation>
    </message>
    <message>
        <source>The draft cannot be shown: %1</source>
        <translation>Konsep tidak dapat ditampilkan: %1</translation>
    </message>
    <message>
        <source>%1 — read the document as it will be issued, then sign it, or return it to the drafter with a note.</source>
        <translation>%1 — baca dokumen sebagaimana akan diterbitkan, lalu tandatangani, atau kembalikan kepada konseptor dengan catatan.</translation>
    </message>
    <message>
        <source>%1 — your own draft: read it, then initial it as its drafter (paraf konseptor), or take it back with a note.</source>
        <translation>%1 — konsep Anda sendiri: baca, lalu bubuhkan paraf konseptor, atau tarik kembali dengan catatan.</translation>
    </message>
    <message>
        <source>%1 — read the draft, then initial it, or return it to the drafter with a note.</source>
        <translation>%1 — baca konsep, lalu paraf, atau kembalikan kepada konseptor dengan catatan.</translation>
    </message>
    <message>
        <source>The draft of %1 went back to the drafter.</source>
        <translation>Konsep %1 dikembalikan kepada konseptor.</translation>
    </message>
    <message>
        <source>You initialled the draft of %1.</source>
        <translation>Anda telah memaraf konsep %1.</translation>
    </message>
    <message>
        <source>Signed: %1 is number %2 and ready for collection. Print it with Ctrl+P.</source>
        <translation>Ditandatangani: %1 bernomor %2 dan siap diambil. Cetak dengan Ctrl+P.</translation>
    </message>
    <message>
        <source>Nothing to print yet: the product prints once it is signed.</source>
        <translation>Belum ada yang dapat dicetak: produk dicetak setelah ditandatangani.</translation>
    </message>
    <message>
        <source>The stored document %1 no longer matches its hash: it is not printed. Tell the administrator.</source>
        <translation>Dokumen tersimpan %1 tidak lagi sesuai dengan hash-nya: tidak dicetak. Beri tahu administrator.</translation>
    </message>
    <message>
        <source>Printed, but the printing could not be logged: %1</source>
        <translation>Sudah dicetak, tetapi pencetakan tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>%1 printed as copy no. %2, marked SALINAN.</source>
        <translation>%1 dicetak sebagai salinan ke-%2, diberi tanda SALINAN.</translation>
    </message>
    <message>
        <source>%1 printed: the original.</source>
        <translation>%1 dicetak: asli.</translation>
    </message>
    <message>
        <source>The rejection letter cannot be made: %1</source>
        <translation>Surat penolakan tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Tidak ada registrasi yang dibuka</translation>
    </message>
    <message>
        <source>Choose a case in the worklist and press Enter.</source>
        <translation>Pilih registrasi pada daftar kerja lalu tekan Enter.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Registrasi %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>(service not in the catalog)</source>
        <translation>(layanan tidak ada dalam katalog)</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Tanpa batas waktu</translation>
    </message>
    <message>
        <source>Due %1, %2</source>
        <translation>Batas waktu %1, %2</translation>
    </message>
    <message>
        <source>Not assigned to an officer</source>
        <translation>Belum ditangani petugas</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Ditangani oleh %1</translation>
    </message>
    <message>
        <source>the document waits for the signature of %1</source>
        <translation>dokumen menunggu tanda tangan %1</translation>
    </message>
    <message>
        <source>the draft waits for the initials of %1</source>
        <translation>konsep menunggu paraf %1</translation>
    </message>
    <message>
        <source>Issued %1 (code %2); %3</source>
        <translation>Diterbitkan %1 (kode %2); %3</translation>
    </message>
    <message>
        <source>not printed yet</source>
        <translation>belum dicetak</translation>
    </message>
    <message numerus="yes">
        <source>printed %n time(s); the next print is a copy (SALINAN)</source>
        <translation>
            <numerusform>sudah dicetak %n kali; cetakan berikutnya adalah SALINAN</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 handed over to %2. Ask for the satisfaction survey (Ctrl+Shift+K).</source>
        <translation>%1 telah diserahkan kepada %2. Mintalah pengisian survei kepuasan masyarakat (Ctrl+Shift+K).</translation>
    </message>
    <message>
        <source>The satisfaction survey of %1 is recorded.</source>
        <translation>Survei kepuasan masyarakat untuk %1 telah dicatat.</translation>
    </message>
    <message>
        <source>The applicant&apos;s satisfaction survey is recorded</source>
        <translation>Survei kepuasan masyarakat dari pemohon ini sudah dicatat</translation>
    </message>
    <message>
        <source>Record the applicant&apos;s answers to the satisfaction survey</source>
        <translation>Catat jawaban pemohon atas survei kepuasan masyarakat</translation>
    </message>
    <message>
        <source>Case %1 cannot be shown: %2</source>
        <translation>Registrasi %1 tidak dapat ditampilkan: %2</translation>
    </message>
</context>
<context>
    <name>loket::ui::ChecklistWidget</name>
    <message>
        <source>Present</source>
        <translation>Ada</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Persyaratan</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Space ticks the item; type in the Note column to add a note</source>
        <translation>Spasi mencentang butir; ketik di kolom Catatan untuk menambahkan catatan</translation>
    </message>
    <message>
        <source>Override an eligibility rule</source>
        <translation>Kesampingkan syarat kelayakan</translation>
    </message>
    <message>
        <source>%1
%2

Why is the file accepted anyway? The reason is kept with the case.</source>
        <translation>%1
%2

Mengapa berkas tetap diterima? Alasannya disimpan bersama registrasi.</translation>
    </message>
    <message>
        <source>renewals only</source>
        <translation>khusus perpanjangan</translation>
    </message>
    <message>
        <source>new applications only</source>
        <translation>khusus permohonan baru</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>jika ada</translation>
    </message>
    <message>
        <source>case-specific</source>
        <translation>tergantung kasus</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>salah satu dari: %1</translation>
    </message>
    <message>
        <source>show the original</source>
        <translation>perlihatkan aslinya</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>syarat</translation>
    </message>
    <message>
        <source>✔ met</source>
        <translation>✔ memenuhi</translation>
    </message>
    <message>
        <source>✘ not met</source>
        <translation>✘ tidak memenuhi</translation>
    </message>
    <message>
        <source>? check</source>
        <translation>? periksa</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation>Pilih layanan terlebih dahulu.</translation>
    </message>
    <message>
        <source>✔ The file is complete.</source>
        <translation>✔ Berkas sudah lengkap.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) missing: the file will wait for completion.</source>
        <translation>
            <numerusform>%n butir belum ada: berkas akan menunggu kelengkapan.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ accepted with a reason</source>
        <translation>✔ diterima dengan alasan</translation>
    </message>
    <message>
        <source>Tick every required item the applicant brought</source>
        <translation>Centang setiap butir wajib yang dibawa pemohon</translation>
    </message>
    <message>
        <source>A new application</source>
        <translation>Permohonan baru</translation>
    </message>
    <message>
        <source>A renewal: shows the items only renewals need</source>
        <translation>Perpanjangan: menampilkan butir yang hanya diperlukan untuk perpanjangan</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintActionDialog</name>
    <message>
        <source>&amp;Forward to:</source>
        <translation>&amp;Teruskan kepada:</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Catat</translation>
    </message>
    <message>
        <source>An anonymous complainant cannot be told by SMS.</source>
        <translation>Pengadu anonim tidak dapat diberi tahu melalui SMS.</translation>
    </message>
    <message>
        <source>Ask the complainant: a message goes to %1 only when the complaint is answered.</source>
        <translation>Tanyakan kepada pengadu: pesan dikirim ke %1 hanya ketika pengaduan dijawab.</translation>
    </message>
    <message>
        <source>Needs a mobile number: %1</source>
        <translation>Memerlukan nomor HP: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintRegisterDialog</name>
    <message>
        <source>Register of complaints</source>
        <translation>Buku register pengaduan</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Simpan sebagai CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Setahun penuh</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Simpan sebagai C&amp;SV…</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Berkas CSV tidak dapat ditulis: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintsModel</name>
    <message>
        <source>answer late since today</source>
        <translation>jawaban terlambat sejak hari ini</translation>
    </message>
    <message numerus="yes">
        <source>answer %n working day(s) late</source>
        <translation>
            <numerusform>jawaban terlambat %n hari kerja</numerusform>
        </translation>
    </message>
    <message>
        <source>response late since today</source>
        <translation>tanggapan awal terlambat sejak hari ini</translation>
    </message>
    <message numerus="yes">
        <source>response %n working day(s) late</source>
        <translation>
            <numerusform>tanggapan awal terlambat %n hari kerja</numerusform>
        </translation>
    </message>
    <message>
        <source>answer due today</source>
        <translation>jawaban jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>response due today</source>
        <translation>tanggapan awal jatuh tempo hari ini</translation>
    </message>
    <message numerus="yes">
        <source>answer due in %n working day(s)</source>
        <translation>
            <numerusform>jawaban jatuh tempo dalam %n hari kerja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>response due in %n working day(s)</source>
        <translation>
            <numerusform>tanggapan awal jatuh tempo dalam %n hari kerja</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>sudah dijawab</translation>
    </message>
    <message>
        <source>responded; no answer due date</source>
        <translation>sudah ditanggapi; tanpa batas waktu jawaban</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>loket::ui::ComplaintsWidget</name>
    <message>
        <source>Recorded</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <source>Initial response</source>
        <translation>Tanggapan awal</translation>
    </message>
    <message>
        <source>Forwarded to the head</source>
        <translation>Diteruskan kepada pimpinan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>Semua saluran</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Semua tanggal</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>&amp;Answer letter…</source>
        <translation>Surat &amp;jawaban…</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Jawab…</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <source>Related case: %1</source>
        <translation>Registrasi terkait: %1</translation>
    </message>
    <message>
        <source>Answer letter %1</source>
        <translation>Surat jawaban %1</translation>
    </message>
    <message>
        <source>What was the complainant told? (Due within one working day of receipt.)</source>
        <translation>Apa yang disampaikan kepada pengadu? (Paling lambat satu hari kerja sejak pengaduan diterima.)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <source>There is no active head of office or head of division account to forward to; ask the administrator.</source>
        <translation>Tidak ada akun Kepala Dinas atau Kepala Bidang yang aktif untuk menerima terusan pengaduan; hubungi administrator.</translation>
    </message>
    <message>
        <source>Forward to the head</source>
        <translation>Teruskan kepada pimpinan</translation>
    </message>
    <message>
        <source>Note for the head (optional):</source>
        <translation>Catatan untuk pimpinan (tidak wajib):</translation>
    </message>
    <message>
        <source>What was done (checks, coordination, findings)?</source>
        <translation>Apa yang telah dilakukan (pemeriksaan, koordinasi, temuan)?</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>The answer to the complainant. It is printed in the answer letter, numbered and signed in the head of office&apos;s name.</source>
        <translation>Jawaban kepada pengadu. Jawaban ini dicetak dalam surat jawaban yang diberi nomor dan ditandatangani atas nama Kepala Dinas.</translation>
    </message>
    <message>
        <source>&amp;Preview letter…</source>
        <translation>&amp;Pratinjau surat…</translation>
    </message>
    <message>
        <source>Answer letter (draft)</source>
        <translation>Surat jawaban (konsep)</translation>
    </message>
    <message>
        <source>Answer letter</source>
        <translation>Surat jawaban</translation>
    </message>
    <message>
        <source>The answer letter of %1 is not in the database.</source>
        <translation>Surat jawaban %1 tidak ada dalam basis data.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Closing remark (optional), e.g. the complainant is satisfied:</source>
        <translation>Catatan penutupan (tidak wajib), misalnya pengadu sudah puas:</translation>
    </message>
</context>
<context>
    <name>loket::ui::ConnectionWatch</name>
    <message>
        <source>Connection to the server lost — reconnecting… Nothing typed is lost; the form is saved once the server is back.</source>
        <translation>Koneksi ke server terputus — menyambung kembali… Isian tidak hilang; formulir dapat disimpan setelah server tersambung lagi.</translation>
    </message>
    <message>
        <source>The connection to the server is back. Press Register again; nothing typed was lost.</source>
        <translation>Koneksi ke server sudah tersambung kembali. Tekan Daftarkan sekali lagi; isian tidak hilang.</translation>
    </message>
</context>
<context>
    <name>loket::ui::CounterWidget</name>
    <message>
        <source>Next applicant; an unfinished one is kept as a draft (Ctrl+N, Esc)</source>
        <translation>Pemohon berikutnya; pemohon yang belum selesai disimpan sebagai draf (Ctrl+N, Esc)</translation>
    </message>
    <message>
        <source>Applicants set aside mid-way: choose one to carry on</source>
        <translation>Pemohon yang ditunda di tengah proses: pilih salah satu untuk melanjutkan</translation>
    </message>
    <message>
        <source>Choose a service first (F2).</source>
        <translation>Pilih layanan terlebih dahulu (F2).</translation>
    </message>
    <message>
        <source>This case is already registered: %1. Press Ctrl+N for the next applicant.</source>
        <translation>Berkas ini sudah terdaftar: %1. Tekan Ctrl+N untuk pemohon berikutnya.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red; nothing has been saved and nothing typed is lost.</source>
        <translation>Perbaiki isian yang ditandai merah; belum ada yang disimpan dan tidak ada ketikan yang hilang.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Daftarkan</translation>
    </message>
    <message numerus="yes">
        <source>%1 waits for documents (%n missing). Print the slip (Ctrl+P).</source>
        <translation>
            <numerusform>%1 menunggu kelengkapan berkas (%n belum ada). Cetak surat pemberitahuan kekurangan berkas (Ctrl+P).</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered %1, due %2. Print the receipt (Ctrl+P).</source>
        <translation>%1 terdaftar, batas waktu %2. Cetak tanda terima berkas (Ctrl+P).</translation>
    </message>
    <message>
        <source>Registered %1. Print the receipt (Ctrl+P).</source>
        <translation>%1 terdaftar. Cetak tanda terima berkas (Ctrl+P).</translation>
    </message>
    <message>
        <source>Register the case first (Ctrl+Enter), or open one from today&apos;s cases.</source>
        <translation>Daftarkan berkas terlebih dahulu (Ctrl+Enter), atau buka salah satu dari Berkas hari ini.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Registrasi %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>Complete the file</source>
        <translation>Lengkapi berkas</translation>
    </message>
    <message>
        <source>%1 waits for documents: tick what the applicant brought, then Ctrl+Enter.</source>
        <translation>%1 menunggu kelengkapan berkas: centang dokumen yang dibawa pemohon, lalu tekan Ctrl+Enter.</translation>
    </message>
    <message>
        <source>%1 (%2) opened; Ctrl+P prints its receipt again.</source>
        <translation>%1 (%2) dibuka; Ctrl+P mencetak ulang tanda terimanya.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draf</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready for the next applicant.</source>
        <translation>Siap untuk pemohon berikutnya.</translation>
    </message>
    <message numerus="yes">
        <source>Ready for the next applicant; %n draft(s) kept.</source>
        <translation>
            <numerusform>Siap untuk pemohon berikutnya; %n draf disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft restored: %1</source>
        <translation>Draf dipulihkan: %1</translation>
    </message>
    <message>
        <source>Not saved: %1
Nothing typed is lost; try again.</source>
        <translation>Belum tersimpan: %1
Tidak ada isian yang hilang; coba lagi.</translation>
    </message>
    <message>
        <source>The receipt was printed, but the printing could not be recorded: %1</source>
        <translation>Tanda terima sudah dicetak, tetapi pencetakannya tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>The receipt was saved, but the saving could not be recorded: %1</source>
        <translation>Tanda terima sudah disimpan, tetapi penyimpanannya tidak dapat dicatat: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::DailyBackup</name>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Last good backup: %1 (more than %2 days ago). Office → Backup and restore.</source>
        <translation>Cadangan baik terakhir: %1 (lebih dari %2 hari yang lalu). Kantor → Cadangan dan pemulihan.</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Pencadangan harian gagal: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::DatabaseDialog</name>
    <message>
        <source>&amp;This computer</source>
        <translation>Komputer &amp;ini</translation>
    </message>
    <message>
        <source>The office &amp;server (PostgreSQL)</source>
        <translation>&amp;Server kantor (PostgreSQL)</translation>
    </message>
    <message>
        <source>Where is the office&apos;s data?</source>
        <translation>Di mana data kantor disimpan?</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Where is the office&apos;s data? One counter alone keeps it on this computer; several counters share the office&apos;s PostgreSQL server (see docs/server.md).</source>
        <translation>Di mana data kantor disimpan? Satu loket saja menyimpannya di komputer ini; beberapa loket berbagi server PostgreSQL kantor (lihat docs/server.md).</translation>
    </message>
    <message>
        <source>Now: %1. A change takes effect when Loket starts again.</source>
        <translation>Saat ini: %1. Perubahan berlaku setelah Loket dijalankan kembali.</translation>
    </message>
    <message>
        <source>The file %1</source>
        <translation>Berkas %1</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Lanjut</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>name or address, e.g. 192.168.1.10</source>
        <translation>nama atau alamat, misalnya 192.168.1.10</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Basis data:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>empty: the one kept on this computer</source>
        <translation>kosong: memakai yang tersimpan di komputer ini</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Uji koneksi</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1. Schema version %2; the database belongs to the office %3.</source>
        <translation>Tersambung ke PostgreSQL %1. Versi skema %2; basis data ini milik kantor %3.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1. The database is empty: Loket sets it up for the office next.</source>
        <translation>Tersambung ke PostgreSQL %1. Basis data masih kosong: Loket menyiapkannya untuk kantor pada langkah berikutnya.</translation>
    </message>
</context>
<context>
    <name>loket::ui::DocumentReviewDialog</name>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Tandatangani</translation>
    </message>
    <message>
        <source>&amp;Initial</source>
        <translation>&amp;Paraf</translation>
    </message>
    <message>
        <source>Sign the document (Ctrl+Enter)</source>
        <translation>Tandatangani dokumen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Initial the draft (Ctrl+Enter)</source>
        <translation>Paraf konsep (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send the draft back to the drafter with the note (Ctrl+R)</source>
        <translation>Kembalikan konsep kepada konseptor beserta catatan (Ctrl+R)</translation>
    </message>
    <message>
        <source>Close without acting (Esc)</source>
        <translation>Tutup tanpa tindakan (Esc)</translation>
    </message>
    <message>
        <source>In my own name (head of office)</source>
        <translation>Atas nama sendiri (Kepala Dinas)</translation>
    </message>
    <message>
        <source>a.n. — on behalf of the head of office</source>
        <translation>a.n. — atas nama Kepala Dinas</translation>
    </message>
    <message>
        <source>Plt. — acting head of office</source>
        <translation>Plt. — pelaksana tugas Kepala Dinas</translation>
    </message>
    <message>
        <source>Plh. — daily stand-in for the head of office</source>
        <translation>Plh. — pelaksana harian Kepala Dinas</translation>
    </message>
    <message>
        <source>Read the document before signing</source>
        <translation>Baca dokumen sebelum menandatangani</translation>
    </message>
    <message>
        <source>Read the draft before initialling</source>
        <translation>Baca konsep sebelum memaraf</translation>
    </message>
    <message>
        <source>Write in the note what the drafter should change.</source>
        <translation>Tuliskan di catatan apa yang harus diubah oleh konseptor.</translation>
    </message>
</context>
<context>
    <name>loket::ui::DtksImportDialog</name>
    <message>
        <source>— not in the file —</source>
        <translation>— tidak ada dalam berkas —</translation>
    </message>
    <message>
        <source>choose the date</source>
        <translation>pilih tanggal</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Berkas CSV (*.csv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Choose the file of the extract first.</source>
        <translation>Pilih berkas ekstrak terlebih dahulu.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read…</source>
        <translation>
            <numerusform>%n baris terbaca…</numerusform>
        </translation>
    </message>
    <message>
        <source>Extract of %1: %2</source>
        <translation>Ekstrak tanggal %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>DTSEN or DTKS extract</source>
        <translation>Ekstrak DTSEN atau DTKS</translation>
    </message>
    <message>
        <source>Enter the date of the extract (the date it was produced): every lookup shows it.</source>
        <translation>Isikan tanggal ekstrak (tanggal ekstrak dibuat): setiap pencarian menampilkannya.</translation>
    </message>
    <message>
        <source>Result: %1 extract</source>
        <translation>Hasil: ekstrak %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::DtksLookupWidget</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Import extract…</source>
        <translation>&amp;Impor ekstrak…</translation>
    </message>
    <message>
        <source>NIK (16 digits) or name, words in any order</source>
        <translation>NIK (16 digit) atau nama, kata dalam urutan apa pun</translation>
    </message>
    <message>
        <source>Extract of</source>
        <translation>Ekstrak per</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No DTKS extract imported yet.</source>
        <translation>Belum ada ekstrak DTKS yang diimpor.</translation>
    </message>
    <message numerus="yes">
        <source>DTKS data as of %1 (%n row(s))</source>
        <translation>
            <numerusform>Data DTKS per %1 (%n baris)</numerusform>
        </translation>
    </message>
    <message>
        <source>No DTKS extract imported yet: nothing to look in.</source>
        <translation>Belum ada ekstrak DTKS yang diimpor: tidak ada data untuk dicari.</translation>
    </message>
    <message>
        <source>Not found in DTKS (extract of %1).</source>
        <translation>Tidak ditemukan dalam DTKS (ekstrak per %1).</translation>
    </message>
    <message>
        <source>The first %1 matches; type more of the name to narrow it down.</source>
        <translation>Hanya %1 hasil pertama yang ditampilkan; ketik nama lebih lengkap untuk mempersempit pencarian.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n data ditemukan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No DTKS extract imported yet</source>
        <translation>Belum ada ekstrak DTKS yang diimpor</translation>
    </message>
    <message>
        <source>Not found in DTKS (extract of %1)</source>
        <translation>Tidak ditemukan dalam DTKS (ekstrak per %1)</translation>
    </message>
    <message>
        <source>Registered in DTKS (extract of %1)</source>
        <translation>Terdaftar dalam DTKS (ekstrak per %1)</translation>
    </message>
    <message>
        <source>Registered in DTKS (extract of %1): %2</source>
        <translation>Terdaftar dalam DTKS (ekstrak per %1): %2</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Household id</source>
        <translation>ID keluarga</translation>
    </message>
    <message numerus="yes">
        <source>DTSEN data as of %1 (%n row(s))</source>
        <translation>
            <numerusform>Data DTSEN per %1 (%n baris)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in DTSEN (extract of %1).</source>
        <translation>Tidak ditemukan dalam DTSEN (ekstrak per %1).</translation>
    </message>
    <message>
        <source>Not found in DTSEN (extract of %1) nor in DTKS</source>
        <translation>Tidak ditemukan dalam DTSEN (ekstrak per %1) maupun DTKS</translation>
    </message>
    <message>
        <source>Not in DTSEN (extract of %1); only in an older DTKS extract (of %2)</source>
        <translation>Tidak ada dalam DTSEN (ekstrak per %1); hanya ada dalam ekstrak DTKS lama (per %2)</translation>
    </message>
    <message>
        <source>Registered in DTSEN (extract of %1)</source>
        <translation>Terdaftar dalam DTSEN (ekstrak per %1)</translation>
    </message>
    <message>
        <source>%1: no desil in the extract</source>
        <translation>%1: desil tidak tercantum dalam ekstrak</translation>
    </message>
    <message>
        <source>, household %1</source>
        <translation>, ID keluarga %1</translation>
    </message>
    <message>
        <source>%1: desil %2%3, eligible for no programme under the office&apos;s thresholds</source>
        <translation>%1: desil %2%3, tidak memenuhi syarat program apa pun menurut batas desil kantor</translation>
    </message>
    <message>
        <source>%1: desil %2%3, eligible for %4</source>
        <translation>%1: desil %2%3, memenuhi syarat %4</translation>
    </message>
</context>
<context>
    <name>loket::ui::FirstRunDialog</name>
    <message>
        <source>The office&apos;s own catalog file…</source>
        <translation>Berkas katalog milik kantor sendiri…</translation>
    </message>
    <message>
        <source>&amp;Set up and start</source>
        <translation>Siapkan dan &amp;mulai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Choose the catalog file in which the office has written its own service standard. Loket checks it and keeps a copy beside the database as %1.</source>
        <translation>Pilih berkas katalog tempat kantor menuliskan standar pelayanannya sendiri. Loket memeriksanya dan menyimpan salinannya di samping basis data sebagai %1.</translation>
    </message>
    <message numerus="yes">
        <source>Service standard: decree %1 (%2), %n service(s).</source>
        <translation>
            <numerusform>Standar pelayanan: keputusan %1 (%2), %n layanan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office&apos;s own catalog</source>
        <translation>Katalog milik kantor sendiri</translation>
    </message>
    <message>
        <source>Catalog files (*.json);;All files (*)</source>
        <translation>Berkas katalog (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>%1: office.id: &quot;%2&quot; is not an office this database can serve (%3); a database belongs to one office.</source>
        <translation>%1: office.id: &quot;%2&quot; bukan kantor yang dapat dilayani basis data ini (%3); satu basis data hanya milik satu kantor.</translation>
    </message>
    <message numerus="yes">
        <source>%1: decree %2, %n service(s).</source>
        <translation>
            <numerusform>%1: keputusan %2, %n layanan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog file cannot be used; correct these errors or choose another file:</source>
        <translation>Berkas katalog tidak dapat dipakai; perbaiki kesalahan berikut atau pilih berkas lain:</translation>
    </message>
    <message>
        <source>A database on a server has no folder for the office&apos;s own catalog; choose a built-in catalog.</source>
        <translation>Basis data di server tidak memiliki folder untuk katalog milik kantor sendiri; pilih katalog bawaan.</translation>
    </message>
    <message>
        <source>Choose the office&apos;s catalog file.</source>
        <translation>Pilih berkas katalog kantor.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Cannot copy the catalog file to %1. Check that the folder is writable.</source>
        <translation>Berkas katalog tidak dapat disalin ke %1. Pastikan folder tersebut dapat ditulisi.</translation>
    </message>
</context>
<context>
    <name>loket::ui::GuestBookDialog</name>
    <message>
        <source>(no particular service)</source>
        <translation>(tidak terkait layanan tertentu)</translation>
    </message>
    <message>
        <source>Save and clear the form for the next visitor (Ctrl+Enter)</source>
        <translation>Simpan dan kosongkan formulir untuk pengunjung berikutnya (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Dilayani oleh</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Tersimpan: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s visitors: %n</source>
        <translation>
            <numerusform>Pengunjung hari ini: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::HandoverDialog</name>
    <message>
        <source>Product of %1 for %2</source>
        <translation>Produk %1 untuk %2</translation>
    </message>
    <message>
        <source>The applicant, a relative, or someone with a power of attorney; or type another relation</source>
        <translation>Pemohon, kerabat, atau penerima kuasa; atau ketik hubungan lain</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Serahkan</translation>
    </message>
    <message>
        <source>Record the handover (Enter)</source>
        <translation>Catat penyerahan (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <source>Type the name of the person who collects the product.</source>
        <translation>Ketik nama orang yang mengambil produk.</translation>
    </message>
    <message>
        <source>The NIK has 16 digits; %1 typed.</source>
        <translation>NIK terdiri atas 16 digit; yang diketik %1 digit.</translation>
    </message>
    <message>
        <source>Choose or type the relation to the applicant.</source>
        <translation>Pilih atau ketik hubungan dengan pemohon.</translation>
    </message>
</context>
<context>
    <name>loket::ui::IdleLock</name>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
</context>
<context>
    <name>loket::ui::IkmReportDialog</name>
    <message>
        <source>All services</source>
        <translation>Semua layanan</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah nilai</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>NRR × weight</source>
        <translation>NRR × bobot</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Responden</translation>
    </message>
    <message>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Mutu</translation>
    </message>
    <message>
        <source>Print the report through the print preview (Ctrl+P)</source>
        <translation>Cetak laporan melalui pratinjau cetak (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the report as PDF (Ctrl+Shift+S)</source>
        <translation>Simpan laporan sebagai PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;IKM %1&lt;/b&gt; (unit value %2) — grade &lt;b&gt;%3&lt;/b&gt; — %n respondent(s)&lt;br/&gt;%4</source>
        <translation>
            <numerusform>&lt;b&gt;IKM %1&lt;/b&gt; (nilai IKM unit pelayanan %2) — mutu &lt;b&gt;%3&lt;/b&gt; — %n responden&lt;br/&gt;%4</numerusform>
        </translation>
    </message>
    <message>
        <source>No respondents in this period.&lt;br/&gt;%1</source>
        <translation>Tidak ada responden pada periode ini.&lt;br/&gt;%1</translation>
    </message>
    <message>
        <source>IKM report</source>
        <translation>Laporan IKM</translation>
    </message>
    <message>
        <source>Satisfaction survey questionnaire</source>
        <translation>Kuesioner survei kepuasan masyarakat</translation>
    </message>
</context>
<context>
    <name>loket::ui::LockDialog</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Loket is locked.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 (%2) is logged in. Enter the password to go on, or log out so that someone else can log in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Loket terkunci.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1 (%2) sedang masuk. Masukkan kata sandi untuk melanjutkan, atau keluar agar orang lain dapat masuk.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Anda dapat mencoba lagi dalam %n detik.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::LoginDialog</name>
    <message>
        <source>%1 [TRAINING / DEMO]</source>
        <translation>%1 [LATIHAN / DEMO]</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Anda dapat mencoba lagi dalam %n detik.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::MainWindow</name>
    <message>
        <source>Loket — %1</source>
        <translation>Loket — %1</translation>
    </message>
    <message>
        <source>%1 [TRAINING / DEMO]</source>
        <translation>%1 [LATIHAN / DEMO]</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Kantor</translation>
    </message>
    <message>
        <source>TRAINING MODE — demo data, nothing here is real</source>
        <translation>MODE LATIHAN (DEMO) — data demo, bukan data sebenarnya</translation>
    </message>
    <message>
        <source>%1 — database: %2</source>
        <translation>%1 — basis data: %2</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Daftar kerja</translation>
    </message>
    <message>
        <source>Ready for collection</source>
        <translation>Siap diambil</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>An SMS notification was not saved: %1</source>
        <translation>Pemberitahuan SMS tidak tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::NotificationTemplatesDialog</name>
    <message>
        <source>SMS notifications</source>
        <translation>Pemberitahuan SMS</translation>
    </message>
    <message>
        <source>Placeholders: %1 — the number, the service, where to collect, from when, the office. Messages go only to applicants who agreed at the counter.</source>
        <translation>Penanda: %1 — nomor, layanan, tempat pengambilan, sejak kapan, kantor. Pesan hanya dikirim kepada pemohon yang bersedia di loket.</translation>
    </message>
    <message>
        <source>At most SMS &amp;parts per message:</source>
        <translation>Paling banyak &amp;bagian SMS per pesan:</translation>
    </message>
    <message>
        <source>empty: no modem, the clerk sends by hand</source>
        <translation>kosong: tanpa modem, petugas mengirim manual</translation>
    </message>
    <message>
        <source>SMS gateway: gammu-smsd &amp;config file:</source>
        <translation>Gerbang SMS: berkas &amp;konfigurasi gammu-smsd:</translation>
    </message>
    <message>
        <source>The settings cannot be read: %1</source>
        <translation>Pengaturan tidak dapat dibaca: %1</translation>
    </message>
    <message numerus="yes">
        <source>Up to %1 characters (%2): %n SMS part(s)</source>
        <translation>
            <numerusform>Paling banyak %1 karakter (%2): %n bagian SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>UCS-2, 70 per SMS, 67 per part</source>
        <translation>UCS-2, 70 per SMS, 67 per bagian</translation>
    </message>
    <message>
        <source>GSM-7, 160 per SMS, 153 per part</source>
        <translation>GSM-7, 160 per SMS, 153 per bagian</translation>
    </message>
    <message>
        <source>too long, at most %1</source>
        <translation>terlalu panjang, paling banyak %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::NotificationsDialog</name>
    <message>
        <source>Handed to the modem</source>
        <translation>Diserahkan ke modem</translation>
    </message>
    <message>
        <source>To send by hand</source>
        <translation>Dikirim manual</translation>
    </message>
    <message>
        <source>Notifications to applicants</source>
        <translation>Pemberitahuan kepada pemohon</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Hari:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Salin teks</translation>
    </message>
    <message>
        <source>&amp;WhatsApp…</source>
        <translation>&amp;WhatsApp…</translation>
    </message>
    <message>
        <source>&amp;Mark as sent by hand</source>
        <translation>&amp;Tandai terkirim manual</translation>
    </message>
    <message>
        <source>Send by &amp;SMS</source>
        <translation>Kirim lewat &amp;SMS</translation>
    </message>
    <message>
        <source>&amp;Read status</source>
        <translation>&amp;Baca status</translation>
    </message>
    <message>
        <source>The notifications cannot be read: %1</source>
        <translation>Daftar pemberitahuan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>No notifications on this day.</source>
        <translation>Tidak ada pemberitahuan pada hari ini.</translation>
    </message>
    <message>
        <source>No SMS modem is set up: copy each text into WhatsApp or your phone, then mark it as sent.</source>
        <translation>Modem SMS belum diatur: salin setiap teks ke WhatsApp atau HP Anda, lalu tandai terkirim.</translation>
    </message>
    <message>
        <source>The text for %1 is copied; paste it into the message.</source>
        <translation>Teks untuk %1 sudah disalin; tempelkan ke pesan.</translation>
    </message>
    <message>
        <source>WhatsApp opened for %1; mark the message as sent once it went.</source>
        <translation>WhatsApp dibuka untuk %1; tandai pesan terkirim setelah dikirim.</translation>
    </message>
    <message>
        <source>No browser opened the link; copy it: %1</source>
        <translation>Tautan tidak terbuka di peramban; salin tautannya: %1</translation>
    </message>
    <message>
        <source>Marked as sent by hand.</source>
        <translation>Ditandai terkirim manual.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) handed to the SMS modem.</source>
        <translation>
            <numerusform>%n pesan diserahkan ke modem SMS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) reported back by the SMS modem.</source>
        <translation>
            <numerusform>%n pesan dilaporkan kembali oleh modem SMS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::PrintFlow</name>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Pratinjau cetak — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>The document did not print: %1</source>
        <translation>Dokumen tidak tercetak: %1</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF tidak dapat ditulis: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReassignDialog</name>
    <message>
        <source>&amp;Reassign</source>
        <translation>&amp;Alihkan</translation>
    </message>
    <message>
        <source>Reassign (Enter)</source>
        <translation>Alihkan (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
</context>
<context>
    <name>loket::ui::RegionPicker</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>loket::ui::RegistersDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>Recipients of services</source>
        <translation>Penerima layanan</translation>
    </message>
    <message>
        <source>Guest book</source>
        <translation>Buku tamu</translation>
    </message>
    <message>
        <source>Outgoing letters</source>
        <translation>Surat keluar</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Semua layanan</translation>
    </message>
    <message>
        <source>Print the register (Ctrl+P)</source>
        <translation>Cetak buku register (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the register as PDF (Ctrl+Shift+S)</source>
        <translation>Simpan buku register sebagai PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Export the register as CSV for LibreOffice Calc or Excel (Ctrl+Shift+E)</source>
        <translation>Ekspor buku register sebagai CSV untuk LibreOffice Calc atau Excel (Ctrl+Shift+E)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) for %1</source>
        <translation>
            <numerusform>%n baris untuk %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Berkas CSV tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>Berkas CSV untuk lembar kerja (*.csv)</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReminderButton</name>
    <message>
        <source>Cases and complaints due today or overdue (Ctrl+Shift+R)</source>
        <translation>Registrasi dan pengaduan yang jatuh tempo hari ini atau terlambat (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>Tidak ada pengingat</translation>
    </message>
    <message>
        <source>%1 overdue · %2 due today · %3 approaching</source>
        <translation>%1 terlambat · %2 jatuh tempo hari ini · %3 segera jatuh tempo</translation>
    </message>
    <message>
        <source>Reminders could not be read</source>
        <translation>Pengingat tidak dapat dibaca</translation>
    </message>
</context>
<context>
    <name>loket::ui::RemindersDialog</name>
    <message>
        <source>Case</source>
        <translation>Registrasi</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Collective decree</source>
        <translation>SK kolektif</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgensi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Show the selected case or complaint (Enter)</source>
        <translation>Tampilkan registrasi atau pengaduan yang dipilih (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) late</source>
        <translation>
            <numerusform>terlambat %n hari kerja</numerusform>
        </translation>
    </message>
    <message>
        <source>late since today</source>
        <translation>terlambat sejak hari ini</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>jatuh tempo hari ini</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>sisa waktu %n hari kerja</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due today and nothing is overdue.</source>
        <translation>Tidak ada yang jatuh tempo hari ini dan tidak ada yang terlambat.</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due today, %3 approaching.</source>
        <translation>%1 terlambat, %2 jatuh tempo hari ini, %3 mendekati batas waktu.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>Waiting for documents</source>
        <translation>Menunggu berkas</translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation>Tepat waktu (%)</translation>
    </message>
    <message>
        <source>Median (working days)</source>
        <translation>Median (hari kerja)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Registrasi</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Working days late</source>
        <translation>Terlambat (hari kerja)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Compute the recap of the chosen period (Enter)</source>
        <translation>Hitung rekapitulasi untuk periode yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>Print the recap with its charts (Ctrl+P)</source>
        <translation>Cetak rekapitulasi beserta grafiknya (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the printed recap as PDF (Ctrl+Shift+S)</source>
        <translation>Simpan rekapitulasi cetak sebagai PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Export the figures for a spreadsheet (CSV)</source>
        <translation>Ekspor angka rekapitulasi untuk diolah di lembar kerja (CSV)</translation>
    </message>
    <message>
        <source>Computing the recap of %1…</source>
        <translation>Menghitung rekapitulasi %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancelled: nothing is shown.</source>
        <translation>Dibatalkan: tidak ada yang ditampilkan.</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 completed (%4 on time, %5 late; on-time rate %6), %7 rejected, %8 open, %9 waiting for documents; median %10 working days; %11 overdue.</source>
        <translation>%1: %2 diterima, %3 selesai (%4 tepat waktu, %5 terlambat; persentase tepat waktu %6), %7 ditolak, %8 belum selesai, %9 menunggu kelengkapan berkas; median %10 hari kerja; %11 belum selesai dan terlambat.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Jumlah %1</translation>
    </message>
    <message>
        <source>Office total</source>
        <translation>Jumlah seluruh kantor</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>belum ditugaskan</translation>
    </message>
    <message>
        <source>&amp;Overdue cases (%1)</source>
        <translation>Registrasi terl&amp;ambat (%1)</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Berkas CSV tidak dapat ditulis: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportsMenu</name>
    <message>
        <source>&amp;Guest book…</source>
        <translation>Buku &amp;tamu…</translation>
    </message>
    <message>
        <source>Write down a visitor who only asks for information</source>
        <translation>Catat pengunjung yang hanya meminta informasi</translation>
    </message>
    <message>
        <source>Satisfaction &amp;survey without a case…</source>
        <translation>&amp;Survei kepuasan tanpa registrasi…</translation>
    </message>
    <message>
        <source>Record a respondent&apos;s answers (SKM) that belong to no case here</source>
        <translation>Catat jawaban responden (SKM) yang tidak terkait registrasi mana pun di sini</translation>
    </message>
    <message>
        <source>&amp;Registers…</source>
        <translation>Buku &amp;register…</translation>
    </message>
    <message>
        <source>Service recipients, guest book and outgoing letters per day, month or year: print, PDF, CSV</source>
        <translation>Penerima layanan, buku tamu dan surat keluar per hari, bulan atau tahun: cetak, PDF, CSV</translation>
    </message>
    <message>
        <source>Service &amp;recap…</source>
        <translation>Rekapitulasi &amp;layanan…</translation>
    </message>
    <message>
        <source>Monthly or yearly recap per service and division, with charts: print, PDF, CSV</source>
        <translation>Rekapitulasi bulanan atau tahunan per layanan dan bidang, dengan grafik: cetak, PDF, CSV</translation>
    </message>
    <message>
        <source>Satisfaction &amp;index (IKM)…</source>
        <translation>&amp;Indeks kepuasan (IKM)…</translation>
    </message>
    <message>
        <source>The community satisfaction index per service and period</source>
        <translation>Indeks kepuasan masyarakat per layanan dan periode</translation>
    </message>
    <message>
        <source>&amp;DTKS lookup…</source>
        <translation>Pencarian &amp;DTKS…</translation>
    </message>
    <message>
        <source>Is a person in the social registry (DTKS)? Search by NIK or name</source>
        <translation>Apakah seseorang terdaftar dalam Data Terpadu Kesejahteraan Sosial (DTKS)? Cari menurut NIK atau nama</translation>
    </message>
    <message>
        <source>&amp;Import a DTKS extract…</source>
        <translation>Impor &amp;ekstrak data DTKS…</translation>
    </message>
    <message>
        <source>Load the CSV exported from SIKS-NG, with its extract date</source>
        <translation>Muat berkas CSV hasil ekspor SIKS-NG beserta tanggal ekstraknya</translation>
    </message>
    <message>
        <source>DTKS lookup</source>
        <translation>Pencarian DTKS</translation>
    </message>
    <message>
        <source>&amp;Remove an extract…</source>
        <translation>&amp;Hapus ekstrak…</translation>
    </message>
    <message>
        <source>Remove an outdated extract and its rows (each import adds all its rows)</source>
        <translation>Hapus ekstrak yang sudah usang beserta barisnya (setiap impor menambahkan seluruh barisnya)</translation>
    </message>
    <message>
        <source>DTKS extracts</source>
        <translation>Ekstrak data DTKS</translation>
    </message>
    <message>
        <source>No DTKS extract has been imported.</source>
        <translation>Belum ada ekstrak data DTKS yang diimpor.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n row(s))</source>
        <translation>
            <numerusform>%1 — %2 (%n baris)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a DTKS extract</source>
        <translation>Hapus ekstrak data DTKS</translation>
    </message>
    <message>
        <source>Extract to remove:</source>
        <translation>Ekstrak yang dihapus:</translation>
    </message>
    <message numerus="yes">
        <source>Remove the extract of %1 (%2) with its %n row(s)? Lookups will no longer find them.</source>
        <translation>
            <numerusform>Hapus ekstrak tanggal %1 (%2) beserta %n barisnya? Pencarian tidak akan menemukannya lagi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::ServicePanel</name>
    <message>
        <source>Type words in any order or an abbreviation; ↓ moves to the list (F2)</source>
        <translation>Ketik kata dalam urutan apa pun atau singkatannya; ↓ pindah ke daftar (F2)</translation>
    </message>
    <message>
        <source>Print the full service standard of the chosen service</source>
        <translation>Cetak standar pelayanan lengkap dari layanan yang dipilih</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the service the applicant needs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pilih layanan yang dibutuhkan pemohon.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Service time: %2&lt;br&gt;Fee: %3&lt;br&gt;Product: %4&lt;br&gt;Requirements: %5&lt;/p&gt;&lt;p&gt;Procedure:&lt;/p&gt;&lt;ol&gt;%6&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Waktu pelayanan: %2&lt;br&gt;Biaya: %3&lt;br&gt;Produk: %4&lt;br&gt;Persyaratan: %5 butir&lt;/p&gt;&lt;p&gt;Prosedur:&lt;/p&gt;&lt;ol&gt;%6&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>loket::ui::SettingsDialog</name>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse before Loket hides its windows and asks for the password again; 0 never locks.</source>
        <translation>Jumlah menit tanpa aktivitas papan ketik atau tetikus sebelum Loket menyembunyikan jendelanya dan meminta kata sandi lagi; 0 berarti tidak pernah mengunci.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5 (half an A4 sheet)</source>
        <translation>A5 (setengah lembar A4)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>1/9 (exact)</source>
        <translation>1/9 (tepat)</translation>
    </message>
    <message>
        <source>0,11 (as printed in the regulation)</source>
        <translation>0,11 (sebagaimana tercantum dalam peraturan)</translation>
    </message>
    <message>
        <source>The weight of each of the nine elements in the satisfaction index: exactly 1/9, or 0,11 as PermenPANRB 14/2017 prints it. Every IKM report says which it used.</source>
        <translation>Bobot setiap unsur dari sembilan unsur indeks kepuasan: tepat 1/9, atau 0,11 sebagaimana tercantum dalam PermenPANRB 14/2017. Setiap laporan IKM menyebutkan bobot yang dipakai.</translation>
    </message>
    <message>
        <source>Semicolon ; (Indonesian regional settings)</source>
        <translation>Titik koma ; (pengaturan wilayah Indonesia)</translation>
    </message>
    <message>
        <source>Comma , (English regional settings)</source>
        <translation>Koma , (pengaturan wilayah Inggris)</translation>
    </message>
    <message>
        <source>What separates the fields of exported CSV files. Choose what the spreadsheet on this computer expects: with Indonesian regional settings (decimal comma) a semicolon.</source>
        <translation>Pemisah kolom pada berkas CSV yang diekspor. Pilih yang diharapkan aplikasi lembar kerja di komputer ini: dengan pengaturan wilayah Indonesia (desimal koma) pilih titik koma.</translation>
    </message>
</context>
<context>
    <name>loket::ui::Startup</name>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Service catalog</source>
        <translation>Katalog layanan</translation>
    </message>
    <message>
        <source>The office&apos;s service catalog has errors; Loket cannot start until they are fixed:

%1</source>
        <translation>Katalog layanan kantor ini mengandung kesalahan; Loket tidak dapat dimulai sebelum kesalahan ini diperbaiki:

%1</translation>
    </message>
    <message>
        <source>The database %1 has user accounts but no office; run &quot;loketctl db init --office ID&quot;.</source>
        <translation>Basis data %1 memiliki akun pengguna tetapi belum disiapkan untuk sebuah kantor; jalankan &quot;loketctl db init --office ID&quot;.</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Mode latihan</translation>
    </message>
    <message>
        <source>%1 holds real user accounts, and training never touches real data. Start without --demo, or give --demo a separate file with --db.</source>
        <translation>%1 berisi akun pengguna sungguhan, sedangkan mode latihan tidak pernah menyentuh data sungguhan. Jalankan tanpa --demo, atau berikan --demo berkas terpisah dengan --db.</translation>
    </message>
    <message>
        <source>Cannot fill the demo database: %1</source>
        <translation>Basis data demo tidak dapat diisi: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::SurveyDialog</name>
    <message>
        <source>Requirements match the service</source>
        <translation>Kesesuaian persyaratan dengan layanan</translation>
    </message>
    <message>
        <source>Ease of the procedure</source>
        <translation>Kemudahan prosedur</translation>
    </message>
    <message>
        <source>Speed of the service</source>
        <translation>Kecepatan pelayanan</translation>
    </message>
    <message>
        <source>Fairness of the fee</source>
        <translation>Kewajaran biaya/tarif</translation>
    </message>
    <message>
        <source>Product matches the service standard</source>
        <translation>Kesesuaian produk dengan standar pelayanan</translation>
    </message>
    <message>
        <source>Competence of the staff</source>
        <translation>Kompetensi petugas</translation>
    </message>
    <message>
        <source>Courtesy and friendliness of the staff</source>
        <translation>Kesopanan dan keramahan petugas</translation>
    </message>
    <message>
        <source>Handling of complaints</source>
        <translation>Penanganan pengaduan</translation>
    </message>
    <message>
        <source>Quality of the facilities</source>
        <translation>Kualitas sarana dan prasarana</translation>
    </message>
    <message>
        <source>Case %1 — %2 — %3</source>
        <translation>Registrasi %1 — %2 — %3</translation>
    </message>
    <message>
        <source>A respondent without a case: choose the service received.</source>
        <translation>Responden tanpa registrasi: pilih layanan yang diterima.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Registrasi %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>On screen, by the respondent</source>
        <translation>Diisi langsung oleh responden di layar</translation>
    </message>
    <message>
        <source>From a paper questionnaire</source>
        <translation>Dari kuesioner kertas</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>tidak diisi</translation>
    </message>
    <message>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Simpa&amp;n</translation>
    </message>
    <message>
        <source>Store the answers (all nine elements must be answered)</source>
        <translation>Simpan jawaban (kesembilan unsur wajib dijawab)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Print the questionnaire for the respondent to fill in on paper</source>
        <translation>Cetak kuesioner untuk diisi responden di atas kertas</translation>
    </message>
    <message>
        <source>Key %1; answer %2 on the paper questionnaire</source>
        <translation>Tombol %1; jawaban %2 pada kuesioner kertas</translation>
    </message>
    <message>
        <source>Answer U%1 (%2) before saving; the other answers are kept.</source>
        <translation>Jawab U%1 (%2) sebelum menyimpan; jawaban lainnya tidak hilang.</translation>
    </message>
    <message>
        <source>Choose the service the respondent received.</source>
        <translation>Pilih layanan yang diterima responden.</translation>
    </message>
    <message>
        <source>Satisfaction survey questionnaire</source>
        <translation>Kuesioner survei kepuasan masyarakat</translation>
    </message>
</context>
<context>
    <name>loket::ui::TodayCasesPanel</name>
    <message>
        <source>Find a case by number, NIK or name (F6)</source>
        <translation>Cari registrasi menurut nomor, NIK atau nama (F6)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Registrasi</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enter or double-click opens the case</source>
        <translation>Enter atau klik dua kali untuk membuka registrasi</translation>
    </message>
    <message>
        <source>Today&apos;s cases — search b&amp;y number, NIK or name:</source>
        <translation>Berkas &amp;hari ini — cari berdasarkan nomor, NIK atau nama:</translation>
    </message>
</context>
<context>
    <name>loket::ui::UserAdminDialog</name>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Only an administrator manages user accounts. Ask the office&apos;s administrator.</source>
        <translation>Hanya administrator yang mengelola akun pengguna. Hubungi administrator kantor.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Pengguna %1</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Kata &amp;sandi baru:</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>N&amp;onaktifkan</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktifkan</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Pengguna baru</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>Beri pengguna paling sedikit satu peran.</translation>
    </message>
    <message>
        <source>%1 can now log in as %2.</source>
        <translation>%1 kini dapat masuk sebagai %2.</translation>
    </message>
    <message>
        <source>The changes to %1 are saved.</source>
        <translation>Perubahan data %1 telah disimpan.</translation>
    </message>
    <message>
        <source>The password of %1 is changed; tell them the new one in person.</source>
        <translation>Kata sandi %1 telah diubah; sampaikan kata sandi baru secara langsung kepada yang bersangkutan.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 dapat masuk kembali.</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 tidak dapat masuk lagi.</translation>
    </message>
</context>
<context>
    <name>loket::ui::VerifyDialog</name>
    <message>
        <source>Look the code up (Enter)</source>
        <translation>Cari kode (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Type the verification code printed under the signature.</source>
        <translation>Ketik kode verifikasi yang tercetak di bawah tanda tangan.</translation>
    </message>
    <message>
        <source>✗ NOT ISSUED: %1 issued no document with the code %2. The paper is not genuine, or the code was misread.</source>
        <translation>✗ TIDAK DITERBITKAN: %1 tidak menerbitkan dokumen dengan kode %2. Surat ini tidak asli, atau kodenya salah dibaca.</translation>
    </message>
    <message>
        <source>✓ ISSUED by %1; the stored content is intact.</source>
        <translation>✓ DITERBITKAN oleh %1; isi yang tersimpan utuh.</translation>
    </message>
    <message>
        <source>⚠ ISSUED by %1, but the stored content was ALTERED after issue: it no longer matches its hash. Tell the administrator.</source>
        <translation>⚠ DITERBITKAN oleh %1, tetapi isi yang tersimpan TELAH DIUBAH setelah terbit: tidak lagi sesuai dengan hash-nya. Beri tahu administrator.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Registrasi</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>%1, %2 by %3</source>
        <translation>%1, %2 oleh %3</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>intact (SHA-256 %1)</source>
        <translation>utuh (SHA-256 %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;ALTERED&lt;/b&gt;: it no longer matches its hash</source>
        <translation>&lt;b&gt;TELAH DIUBAH&lt;/b&gt;: tidak lagi sesuai dengan hash-nya</translation>
    </message>
</context>
<context>
    <name>loket::ui::WorklistModel</name>
    <message>
        <source>overdue since today</source>
        <translation>terlambat sejak hari ini</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>terlambat %n hari kerja</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>jatuh tempo hari ini</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>sisa waktu %n hari kerja</numerusform>
        </translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>tanpa batas waktu</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Tanda tangan: %1</translation>
    </message>
    <message>
        <source>Initials: %1</source>
        <translation>Paraf: %1</translation>
    </message>
    <message>
        <source>Collection at the counter</source>
        <translation>Pengambilan di loket</translation>
    </message>
    <message>
        <source>Missing documents: %1</source>
        <translation>Kekurangan berkas: %1</translation>
    </message>
    <message>
        <source>Draft the product: %1</source>
        <translation>Susun konsep produk: %1</translation>
    </message>
    <message>
        <source> (assigned to %1)</source>
        <translation> (ditugaskan kepada %1)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Nomor Registrasi</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next step / waiting for</source>
        <translation>Langkah berikutnya / menunggu</translation>
    </message>
    <message>
        <source>finished in time</source>
        <translation>selesai tepat waktu</translation>
    </message>
    <message numerus="yes">
        <source>finished %n working day(s) late</source>
        <translation>
            <numerusform>selesai terlambat %n hari kerja</numerusform>
        </translation>
    </message>
    <message>
        <source>finished late on the day it was due</source>
        <translation>selesai terlambat pada hari batas waktunya</translation>
    </message>
    <message>
        <source>Due %1, %2: %3</source>
        <translation>Batas waktu %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>loket::ui::WorklistWidget</name>
    <message>
        <source>My worklist</source>
        <translation>Daftar kerja saya</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>Semua registrasi yang belum selesai</translation>
    </message>
    <message>
        <source>Ready for collection</source>
        <translation>Siap diambil</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Semua layanan</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All divisions</source>
        <translation>Semua bidang</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Semua petugas</translation>
    </message>
    <message>
        <source>Only cases of this service</source>
        <translation>Hanya registrasi untuk layanan ini</translation>
    </message>
    <message>
        <source>Only cases with this status</source>
        <translation>Hanya registrasi dengan status ini</translation>
    </message>
    <message>
        <source>Only services of this division</source>
        <translation>Hanya layanan dari bidang ini</translation>
    </message>
    <message>
        <source>Only cases assigned to this officer</source>
        <translation>Hanya registrasi yang ditugaskan kepada petugas ini</translation>
    </message>
    <message>
        <source>My worklist (Ctrl+1), all open cases (Ctrl+2), ready for collection (Ctrl+3)</source>
        <translation>Daftar kerja saya (Ctrl+1), semua registrasi yang belum selesai (Ctrl+2), siap diambil (Ctrl+3)</translation>
    </message>
    <message>
        <source>Search by case number, NIK or name</source>
        <translation>Cari menurut nomor registrasi, NIK atau nama</translation>
    </message>
    <message>
        <source>Read the list again</source>
        <translation>Muat ulang daftar</translation>
    </message>
    <message>
        <source>Enter opens the selected case</source>
        <translation>Enter membuka registrasi yang dipilih</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n registrasi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n overdue</source>
        <translation>
            <numerusform>; %n terlambat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n due today</source>
        <translation>
            <numerusform>; %n jatuh tempo hari ini</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>Daftar tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>loketctl</name>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 perlu nilai</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opsi %1 tidak dikenal</translation>
    </message>
    <message>
        <source>loketctl: %1</source>
        <translation>loketctl: %1</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>cara pakai: %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>perintah &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 wajib diisi</translation>
    </message>
    <message>
        <source>No service %1 in the catalog of %2.</source>
        <translation>Tidak ada layanan %1 dalam katalog %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time such as 2024-01-02T09:30 or 2024-01-02T09:30:00+07:00.</source>
        <translation>&quot;%1&quot; bukan tanggal-jam ISO 8601 seperti 2024-01-02T09:30 atau 2024-01-02T09:30:00+07:00.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>peringatan: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; bukan tanggal dengan bentuk TTTT-BB-HH.</translation>
    </message>
    <message>
        <source>give --kind (libur_nasional, cuti_bersama or libur_kantor) and --description</source>
        <translation>isi --kind (libur_nasional, cuti_bersama atau libur_kantor) dan --description</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>%1 is now a holiday: %2</source>
        <translation>%1 kini hari libur: %2</translation>
    </message>
    <message>
        <source>%1 is no longer a holiday.</source>
        <translation>%1 tidak lagi hari libur.</translation>
    </message>
    <message>
        <source>or name the office with --office ID</source>
        <translation>atau sebutkan kantornya dengan --office ID</translation>
    </message>
    <message>
        <source>%1 requirements, %2 steps; time: %3; product: %4</source>
        <translation>%1 persyaratan, %2 langkah; waktu: %3; produk: %4</translation>
    </message>
    <message>
        <source>Requirements:</source>
        <translation>Persyaratan:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Prosedur:</translation>
    </message>
    <message>
        <source>Service time: %1</source>
        <translation>Waktu pelayanan: %1</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Biaya: %1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Produk: %1</translation>
    </message>
    <message>
        <source>%1: valid; office %2, %3 services, decree %4</source>
        <translation>%1: sah; kantor %2, %3 layanan, keputusan %4</translation>
    </message>
    <message>
        <source>--office is required</source>
        <translation>--office wajib diisi</translation>
    </message>
    <message>
        <source>database %1 is ready for office %2 (schema version %3)</source>
        <translation>basis data %1 siap untuk kantor %2 (versi skema %3)</translation>
    </message>
    <message>
        <source>%1: %2 migration(s) applied; schema version %3</source>
        <translation>%1: %2 migrasi diterapkan; versi skema %3</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>masalah: %1</translation>
    </message>
    <message>
        <source>database is healthy</source>
        <translation>basis data dalam keadaan baik</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>kesalahan: %1</translation>
    </message>
    <message>
        <source>province: %1</source>
        <translation>provinsi: %1</translation>
    </message>
    <message>
        <source>regency/city: %1</source>
        <translation>kabupaten/kota: %1</translation>
    </message>
    <message>
        <source>district: %1</source>
        <translation>kecamatan: %1</translation>
    </message>
    <message>
        <source>NIK %1 is valid</source>
        <translation>NIK %1 sah</translation>
    </message>
    <message>
        <source>birth date: %1</source>
        <translation>tanggal lahir: %1</translation>
    </message>
    <message>
        <source>sex: %1</source>
        <translation>jenis kelamin: %1</translation>
    </message>
    <message>
        <source>female (P)</source>
        <translation>perempuan (P)</translation>
    </message>
    <message>
        <source>male (L)</source>
        <translation>laki-laki (L)</translation>
    </message>
    <message>
        <source>KK number %1 is valid</source>
        <translation>Nomor KK %1 sah</translation>
    </message>
    <message>
        <source>registered: %1</source>
        <translation>tanggal pencatatan: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to 999.999.999.999.999.</source>
        <translation>&quot;%1&quot; bukan bilangan bulat dari 0 sampai 999.999.999.999.999.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use one of: registered, waiting-documents, in-verification, in-process, awaiting-signoff, product-ready, handed-over, rejected.</source>
        <translation>Status &quot;%1&quot; tidak dikenal; gunakan salah satu dari: registered, waiting-documents, in-verification, in-process, awaiting-signoff, product-ready, handed-over, rejected.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n registrasi</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Registrasi %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>applicant: %1 (NIK %2)</source>
        <translation>pemohon: %1 (NIK %2)</translation>
    </message>
    <message>
        <source>organisation: %1</source>
        <translation>lembaga: %1</translation>
    </message>
    <message>
        <source>received: %1 by %2</source>
        <translation>diterima: %1 oleh %2</translation>
    </message>
    <message>
        <source>due: %1</source>
        <translation>batas waktu: %1</translation>
    </message>
    <message>
        <source>The database has no active front-office user; name one with --as USER.</source>
        <translation>Basis data tidak memiliki pengguna petugas loket (front office) yang aktif; sebutkan salah satu dengan --as PENGGUNA.</translation>
    </message>
    <message>
        <source>--service is required</source>
        <translation>--service wajib diisi</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>--cases takes a number from 0 to 5000000.</source>
        <translation>--cases menerima angka dari 0 sampai 5000000.</translation>
    </message>
    <message>
        <source>%1 has real users: demo data goes only into a demo database. Choose another file.</source>
        <translation>%1 berisi pengguna sungguhan: data demo hanya boleh dimasukkan ke basis data demo. Pilih berkas lain.</translation>
    </message>
    <message>
        <source>%1 demo cases added to %2 for %3 in %4 s; demo users:</source>
        <translation>%1 registrasi demo ditambahkan ke %2 untuk %3 dalam %4 detik; pengguna demo:</translation>
    </message>
    <message>
        <source>receipt of %1 written to %2</source>
        <translation>tanda terima berkas %1 ditulis ke %2</translation>
    </message>
    <message>
        <source>missing-documents slip of %1 written to %2</source>
        <translation>surat pemberitahuan kekurangan berkas %1 ditulis ke %2</translation>
    </message>
    <message>
        <source>warning: %1 (the built-in mapping is used)</source>
        <translation>peringatan: %1 (pemetaan bawaan yang dipakai)</translation>
    </message>
    <message>
        <source>issued %1 of %2 written to %3</source>
        <translation>%1 terbitan %2 ditulis ke %3</translation>
    </message>
    <message>
        <source>draft %1 of %2 written to %3</source>
        <translation>konsep %1 %2 ditulis ke %3</translation>
    </message>
    <message>
        <source> (product)</source>
        <translation> (produk)</translation>
    </message>
    <message>
        <source>--service CODE and --month YYYY-MM are required</source>
        <translation>--service KODE dan --month TTTT-BB wajib diisi</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>draft %1 of %2 for %3 with %n recipient(s) written to %4</source>
        <translation>
            <numerusform>konsep %1 %2 untuk %3 dengan %n penerima ditulis ke %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit log TAMPERED: %n problem(s) in %1 entries</source>
        <translation>
            <numerusform>log audit TELAH DIUBAH: %n masalah dalam %1 entri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit log intact: %n entries</source>
        <translation>
            <numerusform>log audit utuh: %n entri</numerusform>
        </translation>
    </message>
    <message>
        <source>last entry %1, hash %2</source>
        <translation>entri terakhir %1, hash %2</translation>
    </message>
    <message>
        <source>dates are YYYY-MM-DD</source>
        <translation>tanggal berbentuk TTTT-BB-HH</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit harus berupa bilangan positif</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(sistem)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
    <message>
        <source>case numbers now follow %1, e.g. %2</source>
        <translation>nomor registrasi kini mengikuti pola %1, misalnya %2</translation>
    </message>
    <message>
        <source>--type is required</source>
        <translation>--type wajib diisi</translation>
    </message>
    <message>
        <source>--count must be a number from 1 to 100000</source>
        <translation>--count harus berupa angka dari 1 sampai 100000</translation>
    </message>
    <message>
        <source>--interval must be milliseconds from 0 to 60000</source>
        <translation>--interval harus berupa milidetik dari 0 sampai 60000</translation>
    </message>
    <message>
        <source>--month YYYY-MM is required</source>
        <translation>--month TTTT-BB wajib diisi</translation>
    </message>
    <message numerus="yes">
        <source>register of %1 (%n letter(s)) written to %2</source>
        <translation>
            <numerusform>buku agenda %1 (%n surat) ditulis ke %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n surat</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a register name: use lower-case letters, digits and hyphens, at most 20.</source>
        <translation>&quot;%1&quot; bukan nama buku agenda yang sah: gunakan huruf kecil, angka dan tanda hubung, paling banyak 20 karakter.</translation>
    </message>
    <message>
        <source>register %1: %2 (e.g. %3)</source>
        <translation>buku agenda %1: %2 (misalnya %3)</translation>
    </message>
    <message>
        <source>Unknown document type &quot;%1&quot;; use one of: %2</source>
        <translation>Jenis dokumen &quot;%1&quot; tidak dikenal; gunakan salah satu dari: %2</translation>
    </message>
    <message>
        <source>No document with the verification code %1 was issued by %2.</source>
        <translation>Tidak ada dokumen dengan kode verifikasi %1 yang diterbitkan oleh %2.</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>diterbitkan oleh %1</translation>
    </message>
    <message>
        <source>number: %1</source>
        <translation>nomor: %1</translation>
    </message>
    <message>
        <source>case: %1</source>
        <translation>registrasi: %1</translation>
    </message>
    <message>
        <source>signed: %1, %2 by %3</source>
        <translation>ditandatangani: %1, pukul %2 oleh %3</translation>
    </message>
    <message>
        <source>content: intact (SHA-256 %1)</source>
        <translation>isi: utuh (SHA-256 %1)</translation>
    </message>
    <message>
        <source>content: ALTERED — it no longer matches its hash</source>
        <translation>isi: TELAH DIUBAH — tidak lagi cocok dengan hash-nya</translation>
    </message>
    <message>
        <source>step %1 %2</source>
        <translation>langkah %1 %2</translation>
    </message>
    <message>
        <source>--kind is verification or home-visit.</source>
        <translation>--kind bernilai verification atau home-visit.</translation>
    </message>
    <message>
        <source>attachment %1 stored</source>
        <translation>lampiran %1 disimpan</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Tidak ada pengguna &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--as-form is a.n., Plt. or Plh.</source>
        <translation>--as-form bernilai a.n., Plt. atau Plh.</translation>
    </message>
    <message>
        <source>signed; letter number %1</source>
        <translation>ditandatangani; nomor surat %1</translation>
    </message>
    <message>
        <source>%1: %2 by %3; status: %4</source>
        <translation>%1: %2 oleh %3; status: %4</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>status &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n pengaduan</numerusform>
        </translation>
    </message>
    <message>
        <source>give either --pdf OUT or --csv OUT</source>
        <translation>isi salah satu: --pdf TUJUAN atau --csv TUJUAN</translation>
    </message>
    <message numerus="yes">
        <source>register of %1 (%n complaint(s)) written to %2</source>
        <translation>
            <numerusform>register pengaduan %1 (%n pengaduan) ditulis ke %2</numerusform>
        </translation>
    </message>
    <message>
        <source>--as USER is required</source>
        <translation>--as PENGGUNA wajib diisi</translation>
    </message>
    <message>
        <source>--kind is complaint, aspiration or information</source>
        <translation>--kind bernilai complaint, aspiration atau information</translation>
    </message>
    <message>
        <source>--channel is in-person, written, phone, sms-whatsapp, email, website, instagram, facebook or lapor</source>
        <translation>--channel bernilai in-person, written, phone, sms-whatsapp, email, website, instagram, facebook atau lapor</translation>
    </message>
    <message>
        <source>--received takes an ISO date and time with its offset, e.g. 2024-02-07T16:30:00+07:00</source>
        <translation>--received berisi tanggal dan jam ISO beserta selisih zona waktunya, misalnya 2024-02-07T16:30:00+07:00</translation>
    </message>
    <message>
        <source>%1 recorded; initial response due %2</source>
        <translation>%1 dicatat; batas waktu tanggapan awal %2</translation>
    </message>
    <message>
        <source>--map wants FIELD=COLUMN with FIELD one of %1, not &quot;%2&quot;</source>
        <translation>--map harus berbentuk ISIAN=KOLOM dengan ISIAN salah satu dari %1, bukan &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--map %1: the file has no column &quot;%2&quot;; its columns are: %3</source>
        <translation>--map %1: berkas tidak memiliki kolom &quot;%2&quot;; kolom yang ada: %3</translation>
    </message>
    <message>
        <source>The database has no active administrator; name a user with --as.</source>
        <translation>Basis data tidak memiliki administrator yang aktif; sebutkan pengguna dengan --as.</translation>
    </message>
    <message>
        <source>--date YYYY-MM-DD (the date of the extract) is required</source>
        <translation>--date TTTT-BB-HH (tanggal ekstrak data) wajib diisi</translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>--date &quot;%1&quot; bukan tanggal: tulis dengan bentuk TTTT-BB-HH.</translation>
    </message>
    <message>
        <source>%1 ← column %2 &quot;%3&quot;</source>
        <translation>%1 ← kolom %2 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 rows read (%2%)</source>
        <translation>%1 baris dibaca (%2%)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>give either --nik NIK or --name TEXT</source>
        <translation>isi salah satu: --nik NIK atau --name TEKS</translation>
    </message>
    <message>
        <source>No DTKS extract imported yet.</source>
        <translation>Belum ada ekstrak data DTKS yang diimpor.</translation>
    </message>
    <message>
        <source>Not found in DTKS (extract of %1).</source>
        <translation>Tidak ditemukan dalam DTKS (ekstrak data tanggal %1).</translation>
    </message>
    <message>
        <source>%1  %2  %3  [extract of %4, line %5]</source>
        <translation>%1  %2  %3  [ekstrak data tanggal %4, baris %5]</translation>
    </message>
    <message>
        <source>(only the first %1 matches are shown)</source>
        <translation>(hanya %1 hasil pertama yang ditampilkan)</translation>
    </message>
    <message>
        <source>give one of --day YYYY-MM-DD, --month YYYY-MM or --year YYYY</source>
        <translation>isi salah satu: --day TTTT-BB-HH, --month TTTT-BB atau --year TTTT</translation>
    </message>
    <message>
        <source>--%1 %2: the value does not fit the option</source>
        <translation>--%1 %2: nilai tidak sesuai dengan opsinya</translation>
    </message>
    <message>
        <source>--format csv or --format pdf is required</source>
        <translation>--format csv atau --format pdf wajib diisi</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out BERKAS wajib diisi</translation>
    </message>
    <message>
        <source>--service only limits the register of recipients</source>
        <translation>--service hanya berlaku untuk register penerima layanan (recipients)</translation>
    </message>
    <message>
        <source>--register only limits the register of letters</source>
        <translation>--register hanya berlaku untuk register surat keluar (letters)</translation>
    </message>
    <message>
        <source>There is no service %1 in the office&apos;s catalog.</source>
        <translation>Tidak ada layanan %1 dalam katalog kantor.</translation>
    </message>
    <message numerus="yes">
        <source>register of %1 for %2 (%n row(s)) written to %3</source>
        <translation>
            <numerusform>register %1 periode %2 (%n baris) ditulis ke %3</numerusform>
        </translation>
    </message>
    <message>
        <source>--at %1 is not a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>--at %1 bukan tanggal dan jam (TTTT-BB-HHTJJ:MM)</translation>
    </message>
    <message>
        <source>guest %1 recorded (entry %2) by %3</source>
        <translation>tamu %1 dicatat (entri %2) oleh %3</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumen berlebih &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give either --month YYYY-MM or --year YYYY</source>
        <translation>isi salah satu: --month TTTT-BB atau --year TTTT</translation>
    </message>
    <message>
        <source>--month must be YYYY-MM, e.g. 2026-11; not &quot;%1&quot;</source>
        <translation>--month harus berbentuk TTTT-BB, misalnya 2026-11; bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--year must be YYYY, e.g. 2026; not &quot;%1&quot;</source>
        <translation>--year harus berbentuk TTTT, misalnya 2026; bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--format must be csv or pdf</source>
        <translation>--format harus csv atau pdf</translation>
    </message>
    <message>
        <source>--as-of must be a date and time such as 2026-11-22T10:00; not &quot;%1&quot;</source>
        <translation>--as-of harus berupa tanggal dan jam seperti 2026-11-22T10:00; bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>recap %1: %2 received, %3 completed (%4 on time), %5 rejected, %6 open, %7 waiting for documents, %8 overdue; written to %9</source>
        <translation>rekapitulasi %1: %2 diterima, %3 selesai (%4 tepat waktu), %5 ditolak, %6 masih diproses, %7 menunggu kelengkapan berkas, %8 terlambat; ditulis ke %9</translation>
    </message>
    <message>
        <source>--from DATE and --to DATE (YYYY-MM-DD) are required</source>
        <translation>--from TANGGAL dan --to TANGGAL (TTTT-BB-HH) wajib diisi</translation>
    </message>
    <message>
        <source>IKM report written to %1</source>
        <translation>laporan IKM ditulis ke %1</translation>
    </message>
    <message>
        <source>IKM of %1, %2; service: %3</source>
        <translation>IKM %1, %2; layanan: %3</translation>
    </message>
    <message>
        <source>all</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>element</source>
        <translation>unsur</translation>
    </message>
    <message>
        <source>total</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>tertimbang</translation>
    </message>
    <message>
        <source>IKM (unit value): %1</source>
        <translation>IKM (nilai unit pelayanan): %1</translation>
    </message>
    <message>
        <source>converted (×25): %1</source>
        <translation>nilai konversi (×25): %1</translation>
    </message>
    <message>
        <source>grade: %1 (%2)</source>
        <translation>mutu pelayanan: %1 (%2)</translation>
    </message>
    <message>
        <source>respondents: %1</source>
        <translation>responden: %1</translation>
    </message>
    <message>
        <source>per service:</source>
        <translation>per jenis layanan:</translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n responden</numerusform>
        </translation>
    </message>
    <message>
        <source>The IKM weight is &quot;ninth&quot; (exactly 1/9) or &quot;0.11&quot; (as printed in the regulation), not &quot;%1&quot;.</source>
        <translation>Bobot IKM bernilai &quot;ninth&quot; (tepat 1/9) atau &quot;0.11&quot; (sebagaimana tercantum dalam peraturan), bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>IKM weight: %1</source>
        <translation>bobot IKM: %1</translation>
    </message>
    <message>
        <source>--pdf OUT is required</source>
        <translation>--pdf TUJUAN wajib diisi</translation>
    </message>
    <message>
        <source>questionnaire written to %1</source>
        <translation>kuesioner ditulis ke %1</translation>
    </message>
    <message>
        <source>--answers and --as USER are required</source>
        <translation>--answers dan --as PENGGUNA wajib diisi</translation>
    </message>
    <message>
        <source>--answers takes nine values 1–4 separated by commas (U1 to U9); %1 given.</source>
        <translation>--answers berisi sembilan nilai 1–4 yang dipisahkan koma (U1 sampai U9); yang diberikan %1.</translation>
    </message>
    <message>
        <source>survey response %1 recorded</source>
        <translation>jawaban survei %1 dicatat</translation>
    </message>
    <message>
        <source>%1 is not a demo database; demo survey answers go only into a database made by &quot;loketctl demo seed&quot;.</source>
        <translation>%1 bukan basis data demo; jawaban survei demo hanya boleh dimasukkan ke basis data yang dibuat dengan &quot;loketctl demo seed&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n demo survey response(s) added</source>
        <translation>
            <numerusform>%n jawaban survei demo ditambahkan</numerusform>
        </translation>
    </message>
    <message>
        <source>--date YYYY-MM-DD is required</source>
        <translation>--date TTTT-BB-HH wajib diisi</translation>
    </message>
    <message>
        <source>removed the extract of %1 (%2, %3 rows)</source>
        <translation>ekstrak tanggal %1 (%2, %3 baris) dihapus</translation>
    </message>
    <message>
        <source>There is no DTKS extract of %1.</source>
        <translation>Tidak ada ekstrak data DTKS tanggal %1.</translation>
    </message>
    <message>
        <source>LOKET_NOW must be a date and time with its offset, such as 2024-04-08T09:00:00+07:00; it is &quot;%1&quot;.</source>
        <translation>LOKET_NOW harus berupa tanggal dan jam beserta selisih zona waktunya, misalnya 2024-04-08T09:00:00+07:00; isinya sekarang &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed takes a whole number, such as 7.</source>
        <translation>--seed harus berupa bilangan bulat, misalnya 7.</translation>
    </message>
    <message>
        <source>skipped: line %1: %2</source>
        <translation>dilewati: baris %1: %2</translation>
    </message>
    <message>
        <source>line %1: NIK %2 already registered as %3</source>
        <translation>baris %1: NIK %2 sudah terdaftar sebagai %3</translation>
    </message>
    <message>
        <source>%1 registered, %2 already registered, %3 rejected of %4 rows for %5 by %6</source>
        <translation>%1 didaftarkan, %2 sudah terdaftar, %3 ditolak dari %4 baris untuk layanan %5 oleh %6</translation>
    </message>
    <message>
        <source>the audit log: verify its chain, list it</source>
        <translation>log audit: periksa rantainya, tampilkan isinya</translation>
    </message>
    <message>
        <source>verify [--db PATH]</source>
        <translation>verify [--db BERKAS]</translation>
    </message>
    <message>
        <source>list [--db PATH] [--user NAME] [--case NUMBER] [--from DATE] [--to DATE] [--limit N] [--json]</source>
        <translation>list [--db BERKAS] [--user NAMA] [--case NOMOR] [--from TANGGAL] [--to TANGGAL] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <source>only entries of this user name</source>
        <translation>hanya entri nama pengguna ini</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>TANGGAL</translation>
    </message>
    <message>
        <source>from this day (YYYY-MM-DD)</source>
        <translation>mulai hari ini (TTTT-BB-HH)</translation>
    </message>
    <message>
        <source>up to and including this day (YYYY-MM-DD)</source>
        <translation>sampai dengan hari ini (TTTT-BB-HH)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>at most this many entries</source>
        <translation>paling banyak sejumlah entri ini</translation>
    </message>
    <message>
        <source>working days: due dates, holidays and leave days</source>
        <translation>hari kerja: tenggat, hari libur dan cuti bersama</translation>
    </message>
    <message>
        <source>due --office ID --service CODE --from DATETIME [--db PATH] [--json]</source>
        <translation>due --office ID --service KODE --from WAKTU [--db BERKAS] [--json]</translation>
    </message>
    <message>
        <source>list [--year YEAR] [--db PATH]</source>
        <translation>list [--year TAHUN] [--db BERKAS]</translation>
    </message>
    <message>
        <source>set DATE --kind libur_nasional|cuti_bersama|libur_kantor --description TEXT [--db PATH]</source>
        <translation>set TANGGAL --kind libur_nasional|cuti_bersama|libur_kantor --description TEKS [--db BERKAS]</translation>
    </message>
    <message>
        <source>remove DATE [--db PATH]</source>
        <translation>remove TANGGAL [--db BERKAS]</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>WAKTU</translation>
    </message>
    <message>
        <source>when the application was received, e.g. 2024-01-02T09:00</source>
        <translation>saat permohonan diterima, misalnya 2024-01-02T09:00</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>JENIS</translation>
    </message>
    <message>
        <source>libur_nasional, cuti_bersama or libur_kantor</source>
        <translation>libur_nasional, cuti_bersama atau libur_kantor</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKS</translation>
    </message>
    <message>
        <source>what the day off is for</source>
        <translation>keterangan hari libur</translation>
    </message>
    <message>
        <source>registered cases: list, show, import from CSV, the number pattern</source>
        <translation>registrasi: daftar, tampilkan, impor dari CSV, pola nomor</translation>
    </message>
    <message>
        <source>list [--db PATH] [--status S] [--limit N] [--json]</source>
        <translation>list [--db BERKAS] [--status S] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>show NUMBER [--db PATH] [--json]</source>
        <translation>show NOMOR [--db BERKAS] [--json]</translation>
    </message>
    <message>
        <source>import FILE.csv --service CODE [--allow-repeat] [--db PATH] [--as USER]</source>
        <translation>import BERKAS.csv --service KODE [--allow-repeat] [--db BERKAS] [--as PENGGUNA]</translation>
    </message>
    <message>
        <source>pattern [PATTERN] [--db PATH]</source>
        <translation>pattern [POLA] [--db BERKAS]</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>only cases with this status, e.g. waiting-documents</source>
        <translation>hanya registrasi dengan status ini, misalnya waiting-documents</translation>
    </message>
    <message>
        <source>at most this many cases (default 1000)</source>
        <translation>paling banyak sejumlah registrasi ini (bawaan 1000)</translation>
    </message>
    <message>
        <source>register a NIK again that already has a case of the service</source>
        <translation>daftarkan lagi NIK yang sudah memiliki registrasi layanan tersebut</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>PENGGUNA</translation>
    </message>
    <message>
        <source>the active user who registers the imported cases (default: the first active front-office user)</source>
        <translation>pengguna aktif yang mendaftarkan registrasi impor (bawaan: petugas loket aktif pertama)</translation>
    </message>
    <message>
        <source>the service catalog: list, show a service, check a catalog file</source>
        <translation>katalog layanan: daftar, tampilkan layanan, periksa berkas katalog</translation>
    </message>
    <message>
        <source>list [--office ID] [--db PATH] [--json]</source>
        <translation>list [--office ID] [--db BERKAS] [--json]</translation>
    </message>
    <message>
        <source>show CODE [--office ID] [--db PATH]</source>
        <translation>show KODE [--office ID] [--db BERKAS]</translation>
    </message>
    <message>
        <source>check FILE</source>
        <translation>check BERKAS</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>the built-in catalog of this office instead of the database&apos;s</source>
        <translation>katalog bawaan kantor ini, bukan katalog basis data</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>the office database (default: LOKET_DB, else the usual place)</source>
        <translation>basis data kantor (bawaan: LOKET_DB, selain itu lokasi biasa)</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>tampilkan JSON, bukan teks</translation>
    </message>
    <message>
        <source>the office, e.g. palangka-raya, seruyan or kotabaru</source>
        <translation>kantor, misalnya palangka-raya, seruyan atau kotabaru</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>the service&apos;s code, e.g. SRY-01</source>
        <translation>kode layanan, misalnya SRY-01</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NOMOR</translation>
    </message>
    <message>
        <source>the case&apos;s number</source>
        <translation>nomor registrasi</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>TUJUAN</translation>
    </message>
    <message>
        <source>write a PDF to this file</source>
        <translation>tulis PDF ke berkas ini</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>berkas yang ditulis</translation>
    </message>
    <message>
        <source>csv|pdf</source>
        <translation>csv|pdf</translation>
    </message>
    <message>
        <source>the file&apos;s format: csv or pdf</source>
        <translation>format berkas: csv atau pdf</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>TTTT-BB</translation>
    </message>
    <message>
        <source>the month, e.g. 2026-11</source>
        <translation>bulan, misalnya 2026-11</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>TTTT</translation>
    </message>
    <message>
        <source>the year, e.g. 2026</source>
        <translation>tahun, misalnya 2026</translation>
    </message>
    <message>
        <source>show this command&apos;s usage and options</source>
        <translation>tampilkan cara pakai dan opsi perintah ini</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opsi:</translation>
    </message>
    <message>
        <source>unknown option %1; did you mean --%2?</source>
        <translation>opsi %1 tidak dikenal; maksud Anda --%2?</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 tidak menerima nilai</translation>
    </message>
    <message>
        <source>loketctl COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>loketctl PERINTAH [ARGUMEN] [OPSI]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <source>&quot;loketctl COMMAND --help&quot; shows a command&apos;s usage and options; options take their value as --option VALUE or --option=VALUE.</source>
        <translation>&quot;loketctl PERINTAH --help&quot; menampilkan cara pakai dan opsi suatu perintah; nilai opsi ditulis sebagai --opsi NILAI atau --opsi=NILAI.</translation>
    </message>
    <message>
        <source>Set LOKET_LANG=en for English messages. LOKET_NOW=2024-04-08T09:00:00+07:00 runs a command as if at that moment (training, reproducible runs).</source>
        <translation>Setel LOKET_LANG=en untuk pesan berbahasa Inggris. LOKET_NOW=2024-04-08T09:00:00+07:00 menjalankan perintah seolah-olah pada saat itu (pelatihan, hasil yang dapat diulang).</translation>
    </message>
    <message>
        <source>complaints, aspirations and requests for information</source>
        <translation>pengaduan, aspirasi dan permintaan informasi</translation>
    </message>
    <message>
        <source>list [--overdue] [--status S] [--json] [--db PATH]</source>
        <translation>list [--overdue] [--status S] [--json] [--db BERKAS]</translation>
    </message>
    <message>
        <source>register --month YYYY-MM --pdf OUT|--csv OUT [--db PATH]</source>
        <translation>register --month TTTT-BB --pdf TUJUAN|--csv TUJUAN [--db BERKAS]</translation>
    </message>
    <message>
        <source>add --as USER --subject TEXT --description TEXT [--kind K] [--channel C] [--ticket T] [--anonymous] [--name N] [--nik NIK] [--phone P] [--address A] [--case NUMBER] [--received DATETIME] [--db PATH]</source>
        <translation>add --as PENGGUNA --subject TEKS --description TEKS [--kind K] [--channel C] [--ticket T] [--anonymous] [--name N] [--nik NIK] [--phone P] [--address A] [--case NOMOR] [--received WAKTU] [--db BERKAS]</translation>
    </message>
    <message>
        <source>only complaints with this status</source>
        <translation>hanya pengaduan dengan status ini</translation>
    </message>
    <message>
        <source>only overdue complaints</source>
        <translation>hanya pengaduan yang terlambat</translation>
    </message>
    <message>
        <source>write the register as PDF to this file</source>
        <translation>tulis buku register sebagai PDF ke berkas ini</translation>
    </message>
    <message>
        <source>write the register as CSV to this file</source>
        <translation>tulis buku register sebagai CSV ke berkas ini</translation>
    </message>
    <message>
        <source>the active user who records the complaint (required)</source>
        <translation>pengguna aktif yang mencatat pengaduan (wajib)</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>complaint (default), aspiration or information</source>
        <translation>complaint (pengaduan, bawaan), aspiration (aspirasi) atau information (informasi)</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>how it came in: in-person (default), written, phone, sms-whatsapp, email, website, instagram, facebook or lapor</source>
        <translation>saluran masuknya: in-person (bawaan), written, phone, sms-whatsapp, email, website, instagram, facebook atau lapor</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>the SP4N-LAPOR! ticket number</source>
        <translation>nomor tiket SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>the complainant stays anonymous</source>
        <translation>identitas pengadu dirahasiakan</translation>
    </message>
    <message>
        <source>the complainant&apos;s name</source>
        <translation>nama pengadu</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>the complainant&apos;s NIK</source>
        <translation>NIK pengadu</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>the complainant&apos;s telephone number</source>
        <translation>nomor telepon pengadu</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>the complainant&apos;s address</source>
        <translation>alamat pengadu</translation>
    </message>
    <message>
        <source>what it is about, in a few words</source>
        <translation>pokok persoalan, dalam beberapa kata</translation>
    </message>
    <message>
        <source>the complaint in full</source>
        <translation>uraian lengkap pengaduan</translation>
    </message>
    <message>
        <source>the case it concerns</source>
        <translation>registrasi yang bersangkutan</translation>
    </message>
    <message>
        <source>when it was received, with its offset (default: now)</source>
        <translation>waktu diterima, dengan selisih zona waktunya (bawaan: sekarang)</translation>
    </message>
    <message>
        <source>the office database: create, check, migrate</source>
        <translation>basis data kantor: buat, periksa, migrasi</translation>
    </message>
    <message>
        <source>init --office ID [--db PATH]</source>
        <translation>init --office ID [--db BERKAS]</translation>
    </message>
    <message>
        <source>check [--db PATH]</source>
        <translation>check [--db BERKAS]</translation>
    </message>
    <message>
        <source>migrate [--db PATH]</source>
        <translation>migrate [--db BERKAS]</translation>
    </message>
    <message>
        <source>the office the new database belongs to</source>
        <translation>kantor pemilik basis data baru</translation>
    </message>
    <message>
        <source>copies the database, checked, to a backup file</source>
        <translation>menyalin basis data, setelah diperiksa, ke berkas cadangan</translation>
    </message>
    <message>
        <source>[--db PATH] OUT</source>
        <translation>[--db BERKAS] TUJUAN</translation>
    </message>
    <message>
        <source>fills a demo database for training and trials</source>
        <translation>mengisi basis data demo untuk pelatihan dan uji coba</translation>
    </message>
    <message>
        <source>seed --db PATH --cases N [--office ID] [--days D] [--seed N]</source>
        <translation>seed --db BERKAS --cases N [--office ID] [--days D] [--seed N]</translation>
    </message>
    <message>
        <source>the demo database, created when missing</source>
        <translation>basis data demo, dibuat jika belum ada</translation>
    </message>
    <message>
        <source>how many demo cases to add (0 to 5000000)</source>
        <translation>jumlah registrasi demo yang ditambahkan (0 sampai 5000000)</translation>
    </message>
    <message>
        <source>the office of a new demo database (default palangka-raya)</source>
        <translation>kantor basis data demo yang baru (bawaan palangka-raya)</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>spread the cases over this many days before now (default 60)</source>
        <translation>sebar registrasi pada sejumlah hari ini sebelum sekarang (bawaan 60)</translation>
    </message>
    <message>
        <source>the random seed: the same seed and clock give the same data</source>
        <translation>benih acak: benih dan jam yang sama menghasilkan data yang sama</translation>
    </message>
    <message>
        <source>prints a case&apos;s receipt or missing-documents slip as PDF</source>
        <translation>mencetak tanda terima atau surat kekurangan berkas suatu registrasi sebagai PDF</translation>
    </message>
    <message>
        <source>--case NUMBER --pdf OUT [--db PATH] [--a5]</source>
        <translation>--case NOMOR --pdf TUJUAN [--db BERKAS] [--a5]</translation>
    </message>
    <message>
        <source>on A5 paper instead of A4</source>
        <translation>pada kertas A5, bukan A4</translation>
    </message>
    <message>
        <source>a case&apos;s documents as PDF, and the collective ones of a month</source>
        <translation>dokumen registrasi sebagai PDF, serta dokumen kolektif satu bulan</translation>
    </message>
    <message>
        <source>render --case NUMBER --pdf OUT [--type TYPE] [--db PATH]</source>
        <translation>render --case NOMOR --pdf TUJUAN [--type JENIS] [--db BERKAS]</translation>
    </message>
    <message>
        <source>types --case NUMBER [--db PATH]</source>
        <translation>types --case NOMOR [--db BERKAS]</translation>
    </message>
    <message>
        <source>collective --service CODE --month YYYY-MM --pdf OUT [--type TYPE] [--db PATH]</source>
        <translation>collective --service KODE --month TTTT-BB --pdf TUJUAN [--type JENIS] [--db BERKAS]</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>JENIS</translation>
    </message>
    <message>
        <source>which document (see the types action)</source>
        <translation>dokumen yang dimaksud (lihat tindakan types)</translation>
    </message>
    <message>
        <source>lookup (--nik NIK | --name TEXT) [--db PATH] [--json]</source>
        <translation>lookup (--nik NIK | --name TEKS) [--db BERKAS] [--json]</translation>
    </message>
    <message>
        <source>extracts [--db PATH]</source>
        <translation>extracts [--db BERKAS]</translation>
    </message>
    <message>
        <source>remove --date YYYY-MM-DD [--db PATH] [--as USER]</source>
        <translation>remove --date TTTT-BB-HH [--db BERKAS] [--as PENGGUNA]</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>TTTT-BB-HH</translation>
    </message>
    <message>
        <source>the date of the extract</source>
        <translation>tanggal ekstrak</translation>
    </message>
    <message>
        <source>the active user recorded for the import or removal (default: the first active administrator)</source>
        <translation>pengguna aktif yang dicatat untuk impor atau penghapusan (bawaan: administrator aktif pertama)</translation>
    </message>
    <message>
        <source>look up this NIK</source>
        <translation>cari NIK ini</translation>
    </message>
    <message>
        <source>look up names containing this text</source>
        <translation>cari nama yang memuat teks ini</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>ISIAN=KOLOM</translation>
    </message>
    <message>
        <source>read a field from the file&apos;s column of this name; may be given several times</source>
        <translation>baca isian dari kolom berkas dengan nama ini; boleh diberikan beberapa kali</translation>
    </message>
    <message>
        <source>checks a NIK (the national identity number)</source>
        <translation>memeriksa NIK (nomor induk kependudukan)</translation>
    </message>
    <message>
        <source>check NIK [--json]</source>
        <translation>check NIK [--json]</translation>
    </message>
    <message>
        <source>checks a KK (family card) number</source>
        <translation>memeriksa nomor KK (kartu keluarga)</translation>
    </message>
    <message>
        <source>check NUMBER [--json]</source>
        <translation>check NOMOR [--json]</translation>
    </message>
    <message>
        <source>writes an amount in Indonesian words</source>
        <translation>menuliskan angka dengan kata-kata (terbilang)</translation>
    </message>
    <message>
        <source>outgoing letter numbers: take, the register, number patterns and classification codes</source>
        <translation>nomor surat keluar: ambil nomor, buku agenda, pola nomor dan kode klasifikasi</translation>
    </message>
    <message>
        <source>take --type TYPE [--register R] [--count N] [--interval MS] [--case NUMBER] [--subject TEXT] [--to ADDRESSEE] [--as USER] [--db PATH]</source>
        <translation>take --type JENIS [--register R] [--count N] [--interval MS] [--case NOMOR] [--subject TEKS] [--to PENERIMA] [--as PENGGUNA] [--db BERKAS]</translation>
    </message>
    <message>
        <source>register --month YYYY-MM [--register R] [--pdf OUT] [--json] [--db PATH]</source>
        <translation>register --month TTTT-BB [--register R] [--pdf TUJUAN] [--json] [--db BERKAS]</translation>
    </message>
    <message>
        <source>pattern REGISTER [PATTERN] [--as USER] [--db PATH]</source>
        <translation>pattern AGENDA [POLA] [--as PENGGUNA] [--db BERKAS]</translation>
    </message>
    <message>
        <source>classification [TYPE [CODE]] [--as USER] [--db PATH]</source>
        <translation>classification [JENIS [KODE]] [--as PENGGUNA] [--db BERKAS]</translation>
    </message>
    <message>
        <source>the document type, e.g. recommendation, permit or decree</source>
        <translation>jenis dokumen, misalnya recommendation, permit atau decree</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>the letter register (default: the type&apos;s own)</source>
        <translation>buku agenda surat (bawaan: milik jenis dokumen tersebut)</translation>
    </message>
    <message>
        <source>how many numbers to take, 1 to 100000 (default 1)</source>
        <translation>jumlah nomor yang diambil, 1 sampai 100000 (bawaan 1)</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>wait this many milliseconds between numbers</source>
        <translation>jeda sekian milidetik di antara nomor</translation>
    </message>
    <message>
        <source>the letter&apos;s subject</source>
        <translation>perihal surat</translation>
    </message>
    <message>
        <source>ADDRESSEE</source>
        <translation>PENERIMA</translation>
    </message>
    <message>
        <source>to whom the letter goes</source>
        <translation>tujuan surat</translation>
    </message>
    <message>
        <source>the active user who takes the numbers or changes the setting (default: the system, no user)</source>
        <translation>pengguna aktif yang mengambil nomor atau mengubah pengaturan (bawaan: sistem, tanpa pengguna)</translation>
    </message>
    <message>
        <source>The account of %1 is disabled; it may not do anything.</source>
        <translation>Akun %1 telah dinonaktifkan; akun ini tidak dapat melakukan apa pun.</translation>
    </message>
    <message>
        <source>the registers of recipients, guests and letters as CSV or PDF</source>
        <translation>buku register penerima, tamu dan surat sebagai CSV atau PDF</translation>
    </message>
    <message>
        <source>recipients|guests|letters (--day YYYY-MM-DD | --month YYYY-MM | --year YYYY) [--service CODE] [--register R] --format csv|pdf --out FILE [--as USER] [--db PATH]</source>
        <translation>recipients|guests|letters (--day TTTT-BB-HH | --month TTTT-BB | --year TTTT) [--service KODE] [--register R] --format csv|pdf --out BERKAS [--as PENGGUNA] [--db BERKAS]</translation>
    </message>
    <message>
        <source>the register of this day</source>
        <translation>buku register hari ini</translation>
    </message>
    <message>
        <source>only recipients of this service</source>
        <translation>hanya penerima layanan ini</translation>
    </message>
    <message>
        <source>only letters of this letter register</source>
        <translation>hanya surat dari buku agenda ini</translation>
    </message>
    <message>
        <source>the active user who keeps the registers (default: the first active front-office user)</source>
        <translation>pengguna aktif yang memegang buku register (bawaan: petugas loket aktif pertama)</translation>
    </message>
    <message>
        <source>writes a visitor into the guest book</source>
        <translation>mencatat pengunjung di buku tamu</translation>
    </message>
    <message>
        <source>add --name NAME --purpose TEXT [--nik NIK] [--phone PHONE] [--origin TEXT] [--service CODE] [--outcome TEXT] [--at YYYY-MM-DDTHH:MM] [--as USER] [--db PATH]</source>
        <translation>add --name NAMA --purpose TEKS [--nik NIK] [--phone TELEPON] [--origin TEKS] [--service KODE] [--outcome TEKS] [--at TTTT-BB-HHTJJ:MM] [--as PENGGUNA] [--db BERKAS]</translation>
    </message>
    <message>
        <source>the visitor&apos;s name</source>
        <translation>nama pengunjung</translation>
    </message>
    <message>
        <source>what the visitor came for</source>
        <translation>keperluan pengunjung</translation>
    </message>
    <message>
        <source>the visitor&apos;s NIK</source>
        <translation>NIK pengunjung</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELEPON</translation>
    </message>
    <message>
        <source>the visitor&apos;s telephone number</source>
        <translation>nomor telepon pengunjung</translation>
    </message>
    <message>
        <source>where the visitor comes from</source>
        <translation>asal pengunjung</translation>
    </message>
    <message>
        <source>the service the visit concerns</source>
        <translation>layanan yang ditanyakan</translation>
    </message>
    <message>
        <source>how the visit ended</source>
        <translation>hasil kunjungan</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM</source>
        <translation>TTTT-BB-HHTJJ:MM</translation>
    </message>
    <message>
        <source>when the visitor came (default: now)</source>
        <translation>waktu kedatangan pengunjung (bawaan: sekarang)</translation>
    </message>
    <message>
        <source>the active user who keeps the guest book (default: the first active front-office user)</source>
        <translation>pengguna aktif yang memegang buku tamu (bawaan: petugas loket aktif pertama)</translation>
    </message>
    <message>
        <source>the service recap of a month or year for heads of division</source>
        <translation>rekap layanan satu bulan atau satu tahun untuk kepala bidang</translation>
    </message>
    <message>
        <source>count open and overdue cases as at this moment (default: now)</source>
        <translation>hitung registrasi terbuka dan terlambat per saat ini (bawaan: sekarang)</translation>
    </message>
    <message>
        <source>the satisfaction survey (SKM) and its index (IKM)</source>
        <translation>survei kepuasan masyarakat (SKM) dan indeksnya (IKM)</translation>
    </message>
    <message>
        <source>--from DATE --to DATE [--service CODE] [--json] [--pdf OUT] [--db PATH]</source>
        <translation>--from TANGGAL --to TANGGAL [--service KODE] [--json] [--pdf TUJUAN] [--db BERKAS]</translation>
    </message>
    <message>
        <source>weight [ninth|0.11] [--as USER] [--db PATH]</source>
        <translation>weight [ninth|0.11] [--as PENGGUNA] [--db BERKAS]</translation>
    </message>
    <message>
        <source>questionnaire --pdf OUT [--case NUMBER | --service CODE] [--db PATH]</source>
        <translation>questionnaire --pdf TUJUAN [--case NOMOR | --service KODE] [--db BERKAS]</translation>
    </message>
    <message>
        <source>add --answers A1,…,A9 (--case NUMBER | --service CODE) --as USER [--date DATE] [--paper] [--gender L|P] [--age N] [--education TEXT] [--occupation TEXT] [--suggestion TEXT] [--db PATH]</source>
        <translation>add --answers A1,…,A9 (--case NOMOR | --service KODE) --as PENGGUNA [--date TANGGAL] [--paper] [--gender L|P] [--age N] [--education TEKS] [--occupation TEKS] [--suggestion TEKS] [--db BERKAS]</translation>
    </message>
    <message>
        <source>demo [--db PATH]   (demo databases only)</source>
        <translation>demo [--db BERKAS]   (khusus basis data demo)</translation>
    </message>
    <message>
        <source>the active user who records the answers or changes the weight (required for add)</source>
        <translation>pengguna aktif yang mencatat jawaban atau mengubah bobot (wajib untuk add)</translation>
    </message>
    <message>
        <source>A1,…,A9</source>
        <translation>A1,…,A9</translation>
    </message>
    <message>
        <source>nine answers 1–4, U1 to U9, separated by commas</source>
        <translation>sembilan jawaban 1–4, U1 sampai U9, dipisahkan koma</translation>
    </message>
    <message>
        <source>the day of the answers (default: today)</source>
        <translation>tanggal jawaban (bawaan: hari ini)</translation>
    </message>
    <message>
        <source>L|P</source>
        <translation>L|P</translation>
    </message>
    <message>
        <source>the respondent&apos;s sex</source>
        <translation>jenis kelamin responden</translation>
    </message>
    <message>
        <source>the respondent&apos;s age</source>
        <translation>usia responden</translation>
    </message>
    <message>
        <source>the respondent&apos;s education</source>
        <translation>pendidikan responden</translation>
    </message>
    <message>
        <source>the respondent&apos;s occupation</source>
        <translation>pekerjaan responden</translation>
    </message>
    <message>
        <source>the respondent&apos;s suggestion</source>
        <translation>saran responden</translation>
    </message>
    <message>
        <source>the answers come from a paper questionnaire</source>
        <translation>jawaban berasal dari kuesioner kertas</translation>
    </message>
    <message>
        <source>checks an issued document by its verification code</source>
        <translation>memeriksa dokumen terbit berdasarkan kode verifikasinya</translation>
    </message>
    <message>
        <source>CODE [--db PATH] [--json] [--pdf OUT]</source>
        <translation>KODE [--db BERKAS] [--json] [--pdf TUJUAN]</translation>
    </message>
    <message>
        <source>write the document as it was issued to this file</source>
        <translation>tulis dokumen sebagaimana diterbitkan ke berkas ini</translation>
    </message>
    <message>
        <source>the back office&apos;s actions on a case, as in the application</source>
        <translation>tindakan petugas pengolah atas registrasi, seperti di aplikasi</translation>
    </message>
    <message>
        <source>--case NUMBER --as USER [--db PATH] ACTION</source>
        <translation>--case NOMOR --as PENGGUNA [--db BERKAS] TINDAKAN</translation>
    </message>
    <message>
        <source>the active user who acts (required)</source>
        <translation>pengguna aktif yang bertindak (wajib)</translation>
    </message>
    <message>
        <source>a note kept with the action</source>
        <translation>catatan yang disimpan bersama tindakan</translation>
    </message>
    <message>
        <source>the day of the visit</source>
        <translation>tanggal kunjungan</translation>
    </message>
    <message>
        <source>what the visit found</source>
        <translation>temuan kunjungan</translation>
    </message>
    <message>
        <source>verification (default) or home-visit</source>
        <translation>verification (bawaan) atau home-visit</translation>
    </message>
    <message>
        <source>why the case is rejected</source>
        <translation>alasan registrasi ditolak</translation>
    </message>
    <message>
        <source>FORM</source>
        <translation>BENTUK</translation>
    </message>
    <message>
        <source>sign for the head of office: a.n., Plt. or Plh.</source>
        <translation>tanda tangan untuk Kepala Dinas: a.n., Plt. atau Plh.</translation>
    </message>
    <message>
        <source>who collects the product</source>
        <translation>yang mengambil produk</translation>
    </message>
    <message>
        <source>the collector&apos;s NIK</source>
        <translation>NIK pengambil</translation>
    </message>
    <message>
        <source>the collector&apos;s relation to the applicant</source>
        <translation>hubungan pengambil dengan pemohon</translation>
    </message>
    <message>
        <source>ACTION is one of:
  start | process
  step N done|skip [--note TEXT]
  visit --date YYYY-MM-DD --findings TEXT [--kind verification|home-visit]
  note TEXT
  attach FILE                      (PDF, JPEG or PNG, at most 10 MB)
  reassign USER [--note TEXT]
  reject --reason TEXT
  submit [--note TEXT]             (the draft goes to initials)
  initial [--note TEXT]
  return --note TEXT               (the draft goes back to its drafter)
  sign [--as-form a.n.|Plt.|Plh.]
  handover --name NAME --nik NIK --relation TEXT
--as names the user who acts, by user name and without a password: this command is for administrators on the server. Each action is checked against that user&apos;s roles and recorded under their name.</source>
        <translation>TINDAKAN adalah salah satu dari:
  start | process
  step N done|skip [--note TEKS]
  visit --date TTTT-BB-HH --findings TEKS [--kind verification|home-visit]
  note TEKS
  attach BERKAS                    (PDF, JPEG atau PNG, paling besar 10 MB)
  reassign PENGGUNA [--note TEKS]
  reject --reason TEKS
  submit [--note TEKS]             (konsep diajukan untuk diparaf)
  initial [--note TEKS]
  return --note TEKS               (konsep dikembalikan kepada konseptor)
  sign [--as-form a.n.|Plt.|Plh.]
  handover --name NAMA --nik NIK --relation TEKS
--as menyebutkan pengguna yang bertindak, dengan nama pengguna dan tanpa kata sandi: perintah ini untuk administrator di server. Setiap tindakan diperiksa terhadap peran pengguna tersebut dan dicatat atas namanya.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>perintah &quot;%1&quot; tidak dikenal; maksud Anda &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>&quot;loketctl --version&quot; prints loketctl&apos;s version.</source>
        <translation>&quot;loketctl --version&quot; menampilkan versi loketctl.</translation>
    </message>
    <message>
        <source>backup taken before the upgrade: %1</source>
        <translation>cadangan sebelum peningkatan: %1</translation>
    </message>
    <message>
        <source>--auto [--db PATH]</source>
        <translation>--auto [--db PATH]</translation>
    </message>
    <message>
        <source>the daily backup, if due, into the backup folder; older ones beyond the keep period removed (for cron or a systemd timer)</source>
        <translation>pencadangan harian, bila sudah waktunya, ke folder cadangan; cadangan yang melewati masa simpan dihapus (untuk cron atau timer systemd)</translation>
    </message>
    <message>
        <source>SQLite and PostgreSQL databases alike are backed up to one SQLite file with a manifest, verified before it gets its name; restore it with &quot;loketctl restore&quot;.</source>
        <translation>Basis data SQLite maupun PostgreSQL dicadangkan ke satu berkas SQLite bermanifes, yang diverifikasi sebelum diberi nama; pulihkan dengan &quot;loketctl restore&quot;.</translation>
    </message>
    <message>
        <source>today&apos;s backup is already there (or its hour has not come): nothing to do</source>
        <translation>cadangan hari ini sudah ada (atau jamnya belum tiba): tidak ada yang perlu dilakukan</translation>
    </message>
    <message>
        <source>backup written to %1 and verified</source>
        <translation>cadangan ditulis ke %1 dan terverifikasi</translation>
    </message>
    <message>
        <source>--kind is dtks or dtsen</source>
        <translation>--kind berisi dtks atau dtsen</translation>
    </message>
    <message>
        <source>%1 extract of %2 (%3), imported by %4: %5</source>
        <translation>Ekstrak %1 per %2 (%3), diimpor oleh %4: %5</translation>
    </message>
    <message>
        <source>Found in %1 (extract of %2)</source>
        <translation>Ditemukan dalam %1 (ekstrak per %2)</translation>
    </message>
    <message>
        <source>: desil %1, household %2, eligible: %3</source>
        <translation>: desil %1, ID keluarga %2, memenuhi syarat: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>%1  %2  %3 rows, %4 bad  imported %5 by %6  %7</source>
        <translation>%1  %2  %3 baris, %4 salah  diimpor %5 oleh %6  %7</translation>
    </message>
    <message>
        <source>DTSEN and DTKS extracts (the national social-welfare data): import, look up, list, remove; programme thresholds</source>
        <translation>ekstrak DTSEN dan DTKS (data sosial nasional): impor, cari, daftar, hapus; batas desil program</translation>
    </message>
    <message>
        <source>import FILE --date YYYY-MM-DD [--kind dtsen|dtks] [--source TEXT] [--map FIELD=COLUMN …] [--db PATH] [--as USER]</source>
        <translation>import BERKAS --date TTTT-BB-HH [--kind dtsen|dtks] [--source TEKS] [--map ISIAN=KOLOM …] [--db BERKAS] [--as PENGGUNA]</translation>
    </message>
    <message>
        <source>thresholds [--set PROGRAMME=DESIL --from YYYY-MM-DD] [--on YYYY-MM-DD] [--db PATH] [--as USER]</source>
        <translation>thresholds [--set PROGRAM=DESIL --from TTTT-BB-HH] [--on TTTT-BB-HH] [--db BERKAS] [--as PENGGUNA]</translation>
    </message>
    <message>
        <source>dtsen or dtks (default: dtsen when the file has a desil or household-id column)</source>
        <translation>dtsen atau dtks (bawaan: dtsen bila berkas memiliki kolom desil atau ID keluarga)</translation>
    </message>
    <message>
        <source>who gave the extract (e.g. Pusdatin Kemensos)</source>
        <translation>pemberi ekstrak (misalnya Pusdatin Kemensos)</translation>
    </message>
    <message>
        <source>PROGRAMME=DESIL</source>
        <translation>PROGRAM=DESIL</translation>
    </message>
    <message>
        <source>the highest desil a programme serves (0: none)</source>
        <translation>desil tertinggi yang dilayani program (0: tidak ada)</translation>
    </message>
    <message>
        <source>the date a threshold applies from</source>
        <translation>tanggal mulai berlakunya batas desil</translation>
    </message>
    <message>
        <source>show the thresholds in force on this date</source>
        <translation>tampilkan batas desil yang berlaku pada tanggal ini</translation>
    </message>
    <message>
        <source>--set wants PROGRAMME=DESIL (e.g. PKH=4) and --from YYYY-MM-DD</source>
        <translation>--set memerlukan PROGRAM=DESIL (misalnya PKH=4) dan --from TTTT-BB-HH</translation>
    </message>
    <message>
        <source>--on wants a date as YYYY-MM-DD</source>
        <translation>--on memerlukan tanggal dengan format TTTT-BB-HH</translation>
    </message>
    <message>
        <source>In force on %1:</source>
        <translation>Berlaku pada %1:</translation>
    </message>
    <message>
        <source>--day takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--day memerlukan tanggal YYYY-MM-DD, bukan &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) on %1</source>
        <translation>
            <numerusform>%n pemberitahuan pada %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No SMS modem is set up: &quot;loketctl notify gateway CONFIG&quot; names the gammu-smsd configuration file.</source>
        <translation>Modem SMS belum diatur: &quot;loketctl notify gateway KONFIGURASI&quot; menyebut berkas konfigurasi gammu-smsd.</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS handed to gammu-smsd</source>
        <translation>
            <numerusform>%n SMS diserahkan ke gammu-smsd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS reported back by gammu-smsd</source>
        <translation>
            <numerusform>%n SMS dilaporkan kembali oleh gammu-smsd</numerusform>
        </translation>
    </message>
    <message>
        <source>SMS gateway: none (messages are sent by hand)</source>
        <translation>Gerbang SMS: tidak ada (pesan dikirim manual)</translation>
    </message>
    <message>
        <source>SMS gateway: gammu-smsd, %1</source>
        <translation>Gerbang SMS: gammu-smsd, %1</translation>
    </message>
    <message>
        <source>SMS notifications to applicants</source>
        <translation>pemberitahuan SMS kepada pemohon</translation>
    </message>
    <message>
        <source>list [--day DATE] [--json] [--db PATH]</source>
        <translation>list [--day TANGGAL] [--json] [--db JALUR]</translation>
    </message>
    <message>
        <source>send [--db PATH]</source>
        <translation>send [--db JALUR]</translation>
    </message>
    <message>
        <source>status [--db PATH]</source>
        <translation>status [--db JALUR]</translation>
    </message>
    <message>
        <source>gateway [CONFIG|none] [--db PATH]</source>
        <translation>gateway [KONFIGURASI|none] [--db JALUR]</translation>
    </message>
    <message>
        <source>the day to list (YYYY-MM-DD; default today)</source>
        <translation>hari yang ditampilkan (YYYY-MM-DD; bawaan: hari ini)</translation>
    </message>
    <message>
        <source>send hands the queued SMS to gammu-smsd-inject; status reads gammu-smsd&apos;s sent and error folders (files service); gateway names the gammu-smsd configuration file (none: messages are copied by hand, e.g. into WhatsApp).</source>
        <translation>send menyerahkan SMS dalam antrean ke gammu-smsd-inject; status membaca folder terkirim dan gagal gammu-smsd (layanan files); gateway menyebut berkas konfigurasi gammu-smsd (none: pesan disalin manual, misalnya ke WhatsApp).</translation>
    </message>
    <message>
        <source>No password on standard input: pipe one line, e.g. echo &quot;$PASSWORD&quot; | loketctl user …</source>
        <translation>Tidak ada kata sandi pada masukan standar: kirimkan satu baris, misalnya echo &quot;$PASSWORD&quot; | loketctl user …</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Kata sandi baru: </translation>
    </message>
    <message>
        <source>Type the new password again: </source>
        <translation>Ketik ulang kata sandi baru: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed. Try again.</source>
        <translation>Kedua kata sandi berbeda; tidak ada yang diubah. Silakan ulangi.</translation>
    </message>
    <message>
        <source>Name the administrator who answers the request with --as USER; it is recorded in the audit log.</source>
        <translation>Sebutkan administrator yang menjawab permintaan dengan --as PENGGUNA; hal ini dicatat dalam log audit.</translation>
    </message>
    <message>
        <source>Only an administrator may export, erase or keep personal data.</source>
        <translation>Hanya administrator yang boleh mengekspor, menghapus, atau mengatur penyimpanan data pribadi.</translation>
    </message>
    <message>
        <source>--out FILE is required (the JSON)</source>
        <translation>--out BERKAS wajib diisi (berkas JSON)</translation>
    </message>
    <message numerus="yes">
        <source>data of NIK %1 (%n case(s)) written to %2</source>
        <translation>
            <numerusform>data NIK %1 (%n permohonan) ditulis ke %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the same as a document in %1</source>
        <translation>data yang sama dalam bentuk dokumen di %1</translation>
    </message>
    <message>
        <source>the person with NIK %1 is erased; the cases and issued documents stay, without personal data</source>
        <translation>data orang dengan NIK %1 telah dihapus; permohonan dan dokumen yang diterbitkan tetap tersimpan tanpa data pribadi</translation>
    </message>
    <message>
        <source>YEARS is a whole number</source>
        <translation>TAHUN harus bilangan bulat</translation>
    </message>
    <message numerus="yes">
        <source>personal data is kept %n year(s) after a person&apos;s last case closed</source>
        <translation>
            <numerusform>data pribadi disimpan %n tahun setelah permohonan terakhir orang tersebut ditutup</numerusform>
        </translation>
    </message>
    <message>
        <source>a person&apos;s data on request: export it, erase it (UU 27/2022)</source>
        <translation>data pribadi atas permintaan: ekspor, hapus (UU 27/2022)</translation>
    </message>
    <message>
        <source>export NIK --out FILE.json [--pdf FILE.pdf] --as ADMIN [--db PATH]</source>
        <translation>export NIK --out BERKAS.json [--pdf BERKAS.pdf] --as ADMIN [--db BERKAS]</translation>
    </message>
    <message>
        <source>erase NIK --as ADMIN [--db PATH]</source>
        <translation>erase NIK --as ADMIN [--db BERKAS]</translation>
    </message>
    <message>
        <source>retention [YEARS --as ADMIN] [--db PATH]</source>
        <translation>retention [TAHUN --as ADMIN] [--db BERKAS]</translation>
    </message>
    <message>
        <source>ADMIN</source>
        <translation>ADMIN</translation>
    </message>
    <message>
        <source>the administrator who answers the request</source>
        <translation>administrator yang menjawab permintaan</translation>
    </message>
    <message>
        <source>export writes everything Loket holds about the person (cases with their requirements, steps, history and issued documents&apos; hashes, complaints, guest book, survey, audit entries) to files only their owner may read.
erase anonymises a person whose cases are all closed and past the retention period (5 years unless the office sets another with &quot;retention&quot;): name, NIK, KK, address, phone, birth data and attachment scans go; cases, counts and issued documents&apos; hashes stay.</source>
        <translation>export menulis seluruh data yang disimpan Loket tentang orang tersebut (permohonan beserta persyaratan, langkah, riwayat, dan hash dokumen yang diterbitkan; pengaduan; buku tamu; survei; catatan audit) ke berkas yang hanya dapat dibaca pemiliknya.
erase menganonimkan orang yang seluruh permohonannya telah ditutup dan melewati masa simpan (5 tahun, kecuali kantor menetapkan lain dengan &quot;retention&quot;): nama, NIK, KK, alamat, telepon, data kelahiran, dan pindaian lampiran dihapus; permohonan, jumlahnya, dan hash dokumen yang diterbitkan tetap tersimpan.</translation>
    </message>
    <message>
        <source>restores a backup into a new or empty database, checked</source>
        <translation>memulihkan cadangan ke basis data baru atau kosong, setelah diperiksa</translation>
    </message>
    <message>
        <source>BACKUP [--db TARGET]</source>
        <translation>CADANGAN [--db TUJUAN]</translation>
    </message>
    <message>
        <source>The backup is checked first (complete, intact, a Loket database not newer than this Loket, its audit log unbroken); a damaged or foreign file is refused and the target left as it was. TARGET is a new SQLite file or an empty PostgreSQL database; an older backup is upgraded after the restore.</source>
        <translation>Cadangan diperiksa terlebih dahulu (lengkap, utuh, basis data Loket yang tidak lebih baru daripada Loket ini, log auditnya tidak terputus); berkas yang rusak atau asing ditolak dan basis data tujuan dibiarkan seperti semula. TUJUAN adalah berkas SQLite baru atau basis data PostgreSQL kosong; cadangan yang lebih lama ditingkatkan setelah pemulihan.</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; the roles are %2</source>
        <translation>peran &quot;%1&quot; tidak dikenal; peran yang ada: %2</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>peran &quot;%1&quot; tidak dikenal; maksud Anda &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>--roles names at least one role</source>
        <translation>--roles harus menyebutkan sekurang-kurangnya satu peran</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(nonaktif)</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n akun</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the administrator who adds the account with --as USER; only the first account of a new database is added without it.</source>
        <translation>Sebutkan administrator yang menambahkan akun dengan --as PENGGUNA; hanya akun pertama pada basis data baru yang ditambahkan tanpa itu.</translation>
    </message>
    <message>
        <source>--name and --roles are required</source>
        <translation>--name dan --roles wajib diisi</translation>
    </message>
    <message>
        <source>user %1 added with the roles %2</source>
        <translation>pengguna %1 ditambahkan dengan peran %2</translation>
    </message>
    <message>
        <source>--as USER is required: the change is recorded in that user&apos;s name</source>
        <translation>--as PENGGUNA wajib diisi: perubahan dicatat atas nama pengguna tersebut</translation>
    </message>
    <message>
        <source>the password of %1 was changed</source>
        <translation>kata sandi %1 telah diubah</translation>
    </message>
    <message>
        <source>%1 now has the roles %2</source>
        <translation>%1 kini memiliki peran %2</translation>
    </message>
    <message>
        <source>the account of %1 is enabled</source>
        <translation>akun %1 diaktifkan</translation>
    </message>
    <message>
        <source>the account of %1 is disabled</source>
        <translation>akun %1 dinonaktifkan</translation>
    </message>
    <message>
        <source>user accounts: add, list, change a password, disable, enable, roles</source>
        <translation>akun pengguna: tambah, daftar, ubah kata sandi, nonaktifkan, aktifkan, peran</translation>
    </message>
    <message>
        <source>add USERNAME --name &quot;FULL NAME&quot; --roles ROLE[,ROLE…] [--nip NIP] [--as ADMIN] [--db PATH]</source>
        <translation>add NAMA_PENGGUNA --name &quot;NAMA LENGKAP&quot; --roles PERAN[,PERAN…] [--nip NIP] [--as ADMIN] [--db BERKAS]</translation>
    </message>
    <message>
        <source>list [--db PATH] [--json]</source>
        <translation>list [--db BERKAS] [--json]</translation>
    </message>
    <message>
        <source>passwd USERNAME --as USER [--db PATH]</source>
        <translation>passwd NAMA_PENGGUNA --as PENGGUNA [--db BERKAS]</translation>
    </message>
    <message>
        <source>disable USERNAME --as ADMIN [--db PATH]</source>
        <translation>disable NAMA_PENGGUNA --as ADMIN [--db BERKAS]</translation>
    </message>
    <message>
        <source>enable USERNAME --as ADMIN [--db PATH]</source>
        <translation>enable NAMA_PENGGUNA --as ADMIN [--db BERKAS]</translation>
    </message>
    <message>
        <source>roles USERNAME --roles ROLE[,ROLE…] --as ADMIN [--db PATH]</source>
        <translation>roles NAMA_PENGGUNA --roles PERAN[,PERAN…] --as ADMIN [--db BERKAS]</translation>
    </message>
    <message>
        <source>the administrator who makes the change (a user may change their own password)</source>
        <translation>administrator yang melakukan perubahan (pengguna boleh mengubah kata sandinya sendiri)</translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation>NAMA LENGKAP</translation>
    </message>
    <message>
        <source>the user&apos;s full name, with titles</source>
        <translation>nama lengkap pengguna beserta gelar</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>the civil servant number (18 digits), if any</source>
        <translation>Nomor Induk Pegawai (18 angka), jika ada</translation>
    </message>
    <message>
        <source>ROLE[,ROLE…]</source>
        <translation>PERAN[,PERAN…]</translation>
    </message>
    <message>
        <source>the user&apos;s roles, separated by commas</source>
        <translation>peran pengguna, dipisahkan koma</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>KATA_SANDI</translation>
    </message>
    <message>
        <source>refused: a password is typed when asked or piped on standard input</source>
        <translation>ditolak: kata sandi diketik saat diminta atau dikirim melalui masukan standar</translation>
    </message>
    <message>
        <source>ROLE is one of: front-office, back-office, verifier (also field officer), head-of-division, secretary, head-of-office, administrator.
The password is asked twice on the terminal, without showing it, or read as one line of standard input; never from the command line.
The first account of a new database is an administrator added without --as; every later change names its administrator with --as and is recorded in the audit log. The last active administrator cannot be disabled or lose the role.</source>
        <translation>PERAN adalah salah satu dari: front-office, back-office, verifier (juga petugas lapangan), head-of-division, secretary, head-of-office, administrator.
Kata sandi diminta dua kali di terminal tanpa ditampilkan, atau dibaca sebagai satu baris masukan standar; tidak pernah dari baris perintah.
Akun pertama pada basis data baru adalah administrator yang ditambahkan tanpa --as; setiap perubahan berikutnya menyebutkan administratornya dengan --as dan dicatat dalam log audit. Administrator aktif terakhir tidak dapat dinonaktifkan atau dicabut perannya.</translation>
    </message>
    <message>
        <source>a password is never given on the command line, where others could read it: type it when asked, or pipe it on standard input</source>
        <translation>kata sandi tidak boleh diberikan di baris perintah, tempat orang lain dapat membacanya: ketik saat diminta, atau kirimkan melalui masukan standar</translation>
    </message>
    <message>
        <source>(--month YYYY-MM | --year YYYY) --format csv|pdf --out FILE [--as-of DATETIME] [--as USER] [--db PATH]</source>
        <translation>(--month TTTT-BB | --year TTTT) --format csv|pdf --out BERKAS [--as-of WAKTU] [--as PENGGUNA] [--db BERKAS]</translation>
    </message>
    <message>
        <source>who takes the file, for the audit log (default: the system)</source>
        <translation>siapa yang mengambil berkas, untuk log audit (bawaan: sistem)</translation>
    </message>
</context>
</TS>
