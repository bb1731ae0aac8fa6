#pragma once

#include "CaseModel.h"
#include "Catalog.h"
#include "Dtks.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace loket {

// Everything a back-office document (surat, rekomendasi, tanda daftar, berita acara, keputusan,
// catatan pelayanan) needs, gathered by LetterBuilder from the case, the catalog and the
// service's mapping (resources/templates/letters/services.json). Plain values: the renderer does
// no database work.
//
// Two kinds of text meet here. Case values (names, addresses, findings, reasons…) are as entered;
// the renderer escapes every one of them. Wording from the office's mapping (title, paragraphs,
// decisions…) is HTML like the templates themselves and may hold {{placeholders}}, which the
// renderer fills with escaped case values.

// Who signs, and in which capacity. The position is the one signed for, in capitals as it is
// printed ("KEPALA DINAS SOSIAL KOTA PALANGKA RAYA"); the form says whether the holder signs
// (Direct), someone on their behalf ("a.n." with the signer's own position), or someone acting
// for a vacant post ("Plt.", pelaksana tugas) or an absent holder ("Plh.", pelaksana harian).
struct LetterSigner
{
    enum class Form { Direct, OnBehalf, Acting, Daily };
    Form form = Form::Direct;
    QString position; // "KEPALA DINAS SOSIAL KOTA PALANGKA RAYA"
    QString ownPosition; // for a.n.: "Sekretaris"
    QString name; // empty: a dotted line to be written by hand
    QString rank; // "Pembina Utama Muda"
    QString grade; // "IV/c"
    QString nip; // 18 digits, with or without the usual spaces
};

// One row of the tiered-initials box (paraf berjenjang): the position that initials, and once it
// has, who and when.
struct LetterInitial
{
    QString position; // "Sekretaris", "Kepala Bidang …", "Konseptor"
    QString initialledBy; // empty while not initialled
    QDate date;
};

// A person listed in a collective decree (lampiran): the month's KIS-PBI participants, the
// recipients of RUTILAHU, UEP-P or social assistance.
struct LetterRecipient
{
    QString name;
    QString nik;
    QString kkNumber;
    QString address;
    QString note; // "Keterangan" column, e.g. the case number
};

// A handover recorded by minutes (berita acara serah terima): what changes hands, between whom.
struct LetterHandover
{
    QStringList items; // "Beras 10 (sepuluh) kg", … ; empty: dotted lines to fill by hand
    bool fromApplicant = false; // PIHAK PERTAMA is the applicant/reporter (admission to a shelter)
    QString officerName; // the office's party; empty: the signer
    QString officerNip;
    QString officerPosition;
};

struct LetterData
{
    Office office; // letterhead, city, head

    QString documentType; // catalog product.document or a common type: "rejection", …
    QString templateKey; // letters/<templateKey>.html: "letter", "recommendation", "decree", …

    QString number; // empty for a draft: "Nomor: ……"
    QString place; // "Palangka Raya"
    QDate date;

    // Wording from the mapping (HTML with placeholders; see the header comment).
    QString title; // the document's heading: "TANDA DAFTAR LEMBAGA KESEJAHTERAAN SOSIAL"
    QString subject; // perihal; for a decree, what it is about ("tentang")
    QString nature = QStringLiteral("Biasa"); // sifat
    int attachmentCount = 0; // lampiran; 0 prints "–"
    QString addressee; // "Kepala Dinas Penanaman Modal …"; empty: not a letter to someone
    QString addresseePlace; // the place after "di –": "Palangka Raya", "Tempat"
    QStringList opening; // paragraphs before the details table
    bool showDetails = true; // the applicant's (or organisation's) details table
    QStringList body; // paragraphs after it
    QString closing; // "Demikian … untuk dipergunakan sebagaimana mestinya."
    QString issuer; // decrees: "KEPALA DINAS SOSIAL KOTA PALANGKA RAYA", "BUPATI KOTABARU"
    QStringList considering; // decrees: Menimbang a., b., …
    QStringList observing; // decrees: Mengingat 1., 2., …
    QStringList decisions; // decrees: KESATU, KEDUA, …
    QStringList items; // cover letter: what is sent (one row each)

    // The case.
    QString caseNumber;
    QString serviceCode;
    QString serviceName;
    QString productName;
    QDate receivedDate;
    bool renewal = false;
    QString personRole = QStringLiteral("Pemohon"); // "Pemohon", "Pelapor"
    Person person;
    std::optional<Organisation> organisation;
    QStringList documentsReceived; // the checklist's present items, as the decree words them
    QString findings; // assessment / field-visit / follow-up findings, as written by the officer
    QString reason; // rejection: why
    std::optional<LetterHandover> handover; // minutes
    QList<LetterRecipient> recipients; // decrees
    QString period; // collective decrees: "Januari 2024"
    QDate deadline; // collective KIS-PBI decree: BPJS must have it by this day
    // The national register a DTKS/DTSEN letter speaks of ({{register}}, {{registerDate}}): the
    // extract checked (SocialRegisterFacts), else the register of the letter's date, checked on
    // that date.
    ExtractKind registerKind = ExtractKind::Dtsen;
    QDate registerDate;

    QStringList attachments; // listed under the signature as "Lampiran:" items, if any
    QStringList carbonCopies; // tembusan

    LetterSigner signer;
    QList<LetterInitial> initials; // up to three rows; none: no box

    bool draft = true; // a draft carries a "KONSEP" mark
    bool copy = false; // a reprint carries "SALINAN"
    QString verificationCode; // empty: no verification footer
    QImage qrCode; // null: encoded from "LOKET:<office id>:<verificationCode>"
};

} // namespace loket
