<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>OfficeChooserDialog</name>
    <message>
        <source>Choose the office</source>
        <translation>Pilih kantor</translation>
    </message>
    <message>
        <source>This database is new. Choose the office it serves; its service standard becomes the catalog of services.</source>
        <translation>Basis data ini baru. Pilih kantor yang dilayaninya; standar pelayanan kantor itu menjadi katalog layanan.</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Kantor:</translation>
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
        <source>unknown office "%1" (built in: %2)</source>
        <translation>kantor "%1" tidak dikenal (yang tersedia: %2)</translation>
    </message>
    <message>
        <source>office.id: "%1" does not match the file name "%2"</source>
        <translation>office.id: "%1" tidak sesuai dengan nama berkas "%2"</translation>
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
        <source>unknown value "%1" (allowed: %2)</source>
        <translation>nilai "%1" tidak dikenal (yang diperbolehkan: %2)</translation>
    </message>
    <message>
        <source>"%1" is not a date in the form YYYY-MM-DD</source>
        <translation>"%1" bukan tanggal dengan bentuk TTTT-BB-HH</translation>
    </message>
    <message>
        <source>"%1" is not a time in the form HH:MM</source>
        <translation>"%1" bukan jam dengan bentuk JJ:MM</translation>
    </message>
    <message>
        <source>this version of Loket reads format 1 only</source>
        <translation>versi Loket ini hanya membaca format 1</translation>
    </message>
    <message>
        <source>"%1" is used by another service</source>
        <translation>"%1" sudah dipakai layanan lain</translation>
    </message>
    <message>
        <source>expected %1: steps are numbered 1, 2, 3… in order</source>
        <translation>seharusnya %1: langkah dinomori 1, 2, 3… berurutan</translation>
    </message>
    <message>
        <source>use lowercase letters, digits and "-" only</source>
        <translation>gunakan hanya huruf kecil, angka dan "-"</translation>
    </message>
    <message>
        <source>"%1" is not a regency code such as 62.71</source>
        <translation>"%1" bukan kode kabupaten/kota seperti 62.71</translation>
    </message>
    <message>
        <source>must be later than the opening time</source>
        <translation>harus lebih lambat dari jam buka</translation>
    </message>
    <message>
        <source>an "alternative" requirement lists at least two options</source>
        <translation>persyaratan "alternative" mencantumkan paling sedikit dua pilihan</translation>
    </message>
    <message>
        <source>give "min", "max" or both</source>
        <translation>isi "min", "max" atau keduanya</translation>
    </message>
    <message>
        <source>must not be less than "min"</source>
        <translation>tidak boleh kurang dari "min"</translation>
    </message>
    <message>
        <source>unknown value "%1" (allowed: minutes, hours, working-days, calendar-days, months)</source>
        <translation>nilai "%1" tidak dikenal (yang diperbolehkan: minutes, hours, working-days, calendar-days, months)</translation>
    </message>
    <message>
        <source>unknown value "%1" (allowed: fixed, range, two-stage, open-ended)</source>
        <translation>nilai "%1" tidak dikenal (yang diperbolehkan: fixed, range, two-stage, open-ended)</translation>
    </message>
</context>
<context>
    <name>loket::Database</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 gagal: %2</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Create it with "loketctl db init --office ID".</source>
        <translation>Berkas basis data %1 tidak ada. Buat dengan "loketctl db init --office ID".</translation>
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
        <source>The database %1 cannot be used: %2. It may be locked by another program or not be a Loket database.</source>
        <translation>Basis data %1 tidak dapat dipakai: %2. Mungkin sedang dikunci program lain atau bukan basis data Loket.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver (QPSQL) is not installed: install the package libqt6sql6-psql.</source>
        <translation>Driver PostgreSQL (QPSQL) belum terpasang: pasang paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>Tidak dapat tersambung ke basis data PostgreSQL %1: %2</translation>
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
        <source>Cannot count the rows of %1: %2</source>
        <translation>Baris tabel %1 tidak dapat dihitung: %2</translation>
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
        <source>schema version %1 is older than %2: run "loketctl db migrate"</source>
        <translation>versi skema %1 lebih lama dari %2: jalankan "loketctl db migrate"</translation>
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
        <source>not set up for an office: run "loketctl db init --office ID"</source>
        <translation>belum disiapkan untuk sebuah kantor: jalankan "loketctl db init --office ID"</translation>
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
    <message>
        <source>Back up a PostgreSQL database with the server's own tools (pg_dump).</source>
        <translation>Cadangkan basis data PostgreSQL dengan alat server itu sendiri (pg_dump).</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file. Choose a new name.</source>
        <translation>%1 sudah ada; cadangan tidak pernah menimpa berkas. Pilih nama baru.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Pencadangan ke %1 gagal: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>Cadangan %1 rusak: %2</translation>
    </message>
    <message>
        <source>The backup %1 differs from the database in its tables or schema version.</source>
        <translation>Cadangan %1 berbeda dari basis data dalam tabel atau versi skemanya.</translation>
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
    <name>loket::DueDateCalculator</name>
    <message>
        <source>The holidays of %1 have not been entered; the due date counts only weekends for that year.</source>
        <translation>Hari libur tahun %1 belum diisi; tanggal selesai untuk tahun itu hanya memperhitungkan Sabtu dan Minggu.</translation>
    </message>
</context>
<context>
    <name>loket::HolidayStore</name>
    <message>
        <source>Cannot read the holidays: %1</source>
        <translation>Hari libur tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Transaksi tidak dapat dimulai: %1</translation>
    </message>
    <message>
        <source>Cannot save the holiday %1: %2</source>
        <translation>Hari libur %1 tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>Cannot save the holidays: %1</source>
        <translation>Hari libur tidak dapat disimpan: %1</translation>
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
        <source>%1 may contain digits only; "%2" is not a digit.</source>
        <translation>%1 hanya boleh berisi angka; "%2" bukan angka.</translation>
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
    <name>loket::OfficeDatabase</name>
    <message>
        <source>Unknown office "%1"; choose one of: %2</source>
        <translation>Kantor "%1" tidak dikenal; pilih salah satu: %2</translation>
    </message>
    <message>
        <source>This database belongs to the office "%1"; a database serves one office only. Choose another file with --db.</source>
        <translation>Basis data ini milik kantor "%1"; satu basis data hanya melayani satu kantor. Pilih berkas lain dengan --db.</translation>
    </message>
    <message>
        <source>The database %1 has not been set up for an office; run "loketctl db init --office ID".</source>
        <translation>Basis data %1 belum disiapkan untuk sebuah kantor; jalankan "loketctl db init --office ID".</translation>
    </message>
    <message>
        <source>office.id: "%1" in %2, but the database belongs to "%3"</source>
        <translation>office.id: "%1" di %2, padahal basis data ini milik "%3"</translation>
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
    <name>loket::WorkingCalendar</name>
    <message>
        <source>line %1: expected date,day,kind,description</source>
        <translation>baris %1: seharusnya tanggal,hari,jenis,keterangan</translation>
    </message>
</context>
<context>
    <name>loket::ui::MainWindow</name>
    <message>
        <source>Loket — %1</source>
        <translation>Loket — %1</translation>
    </message>
    <message numerus="yes">
        <source>Service standard in force: decree %1, %n service(s).</source>
        <translation>
            <numerusform>Standar pelayanan yang berlaku: keputusan %1, %n layanan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::OfficeChooserDialog</name>
    <message>
        <source>&amp;Use this office</source>
        <translation>&amp;Pakai kantor ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message numerus="yes">
        <source>Service standard: decree %1 (%2), %n service(s).</source>
        <translation>
            <numerusform>Standar pelayanan: keputusan %1 (%2), %n layanan.</numerusform>
        </translation>
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
        <source>The office's service catalog has errors; Loket cannot start until they are fixed:

%1</source>
        <translation>Katalog layanan kantor ini mengandung kesalahan; Loket tidak dapat dimulai sebelum kesalahan ini diperbaiki:

%1</translation>
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
        <source>loketctl COMMAND …
  catalog list [--office ID] [--db PATH] [--json]
  catalog show CODE [--office ID] [--db PATH]
  catalog check FILE
  nik check NIK [--json]
  kk check NUMBER [--json]
  terbilang NUMBER
  calendar due --office ID --service CODE --from DATETIME [--db PATH] [--json]
  calendar list [--year YEAR] [--db PATH]
  calendar set DATE --kind libur_nasional|cuti_bersama|libur_kantor --description TEXT [--db PATH]
  calendar remove DATE [--db PATH]
  db init --office ID [--db PATH]
  db check|migrate [--db PATH]
  backup [--db PATH] OUT
Set LOKET_LANG=en for English messages.</source>
        <translation>loketctl PERINTAH …
  catalog list [--office ID] [--db BERKAS] [--json]     daftar layanan
  catalog show KODE [--office ID] [--db BERKAS]         rincian satu layanan
  catalog check BERKAS                                  periksa berkas katalog
  nik check NIK [--json]                                periksa NIK
  kk check NOMOR [--json]                               periksa nomor KK
  terbilang ANGKA                                       angka dalam huruf
  calendar due --office ID --service KODE --from WAKTU [--db BERKAS] [--json]
                                                        batas waktu penyelesaian
  calendar list [--year TAHUN] [--db BERKAS]            daftar hari libur
  calendar set TANGGAL --kind libur_nasional|cuti_bersama|libur_kantor --description TEKS [--db BERKAS]
  calendar remove TANGGAL [--db BERKAS]
  db init --office ID [--db BERKAS]                     siapkan basis data kantor
  db check|migrate [--db BERKAS]                        periksa / perbarui skema
  backup [--db BERKAS] TUJUAN                           cadangkan basis data
Atur LOKET_LANG=en untuk pesan berbahasa Inggris.</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>perintah "%1" tidak dikenal</translation>
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
        <source>"%1" is not an ISO 8601 date-time such as 2024-01-02T09:30 or 2024-01-02T09:30:00+07:00.</source>
        <translation>"%1" bukan tanggal-jam ISO 8601 seperti 2024-01-02T09:30 atau 2024-01-02T09:30:00+07:00.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>peringatan: %1</translation>
    </message>
    <message>
        <source>"%1" is not a date in the form YYYY-MM-DD.</source>
        <translation>"%1" bukan tanggal dengan bentuk TTTT-BB-HH.</translation>
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
        <source>loketctl calendar due --office ID --service CODE --from DATETIME [--db PATH] [--json] | list [--year YEAR] [--db PATH] | set DATE --kind KIND --description TEXT [--db PATH] | remove DATE [--db PATH]</source>
        <translation>loketctl calendar due --office ID --service KODE --from WAKTU [--db BERKAS] [--json] | list [--year TAHUN] [--db BERKAS] | set TANGGAL --kind JENIS --description TEKS [--db BERKAS] | remove TANGGAL [--db BERKAS]</translation>
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
        <source>loketctl catalog list [--office ID] [--db PATH] [--json] | show CODE [--office ID] [--db PATH] | check FILE</source>
        <translation>loketctl catalog list [--office ID] [--db BERKAS] [--json] | show KODE [--office ID] [--db BERKAS] | check BERKAS</translation>
    </message>
    <message>
        <source>loketctl db init --office ID [--db PATH] | check [--db PATH] | migrate [--db PATH]</source>
        <translation>loketctl db init --office ID [--db BERKAS] | check [--db BERKAS] | migrate [--db BERKAS]</translation>
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
        <source>loketctl backup [--db PATH] OUT</source>
        <translation>loketctl backup [--db BERKAS] TUJUAN</translation>
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
        <source>loketctl nik check NIK [--json]</source>
        <translation>loketctl nik check NIK [--json]</translation>
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
        <source>loketctl kk check NUMBER [--json]</source>
        <translation>loketctl kk check NOMOR [--json]</translation>
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
        <source>loketctl terbilang NUMBER</source>
        <translation>loketctl terbilang ANGKA</translation>
    </message>
    <message>
        <source>"%1" is not a whole number from 0 to 999.999.999.999.999.</source>
        <translation>"%1" bukan bilangan bulat dari 0 sampai 999.999.999.999.999.</translation>
    </message>
</context>
</TS>