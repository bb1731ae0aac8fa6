#pragma once
// Building blocks of the back-office documents' HTML, shared by LetterRenderer's parts. Internal
// to core. Every case value passes through html::escaped() before it meets markup; mapping
// wording arrives filled (HTML already).

#include "LetterData.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace loket::letters {

// A gap to be filled in by hand on a draft: "……………………".
QString dots(int count = 20);
// Space for a paragraph to be written by hand: `groups` short runs of dots.
QString fillInLines(int groups);
// The escaped value, or dots when it is empty.
QString orDots(const QString& value, int count = 20);

// "196712131989112001" → "19671213 198911 2 001"; any other form is kept as it is.
QString formatNip(const QString& nip);
// "KEPALA DINAS SOSIAL" → "Kepala Dinas Sosial".
QString titleCase(const QString& text);
// "1 (satu) berkas", or "–" for none.
QString countText(int count, const QString& unit);

// <p> paragraphs of a letter's body, justified.
QString paragraphs(const QStringList& filledHtml);
// The applicant's (or organisation's) details as a borderless "label : value" table.
QString detailsTable(const LetterData& data);
// "Yth. …<br/>di –<br/>…", or nothing when the document is not addressed to anyone.
QString addresseeBlock(const QString& addresseeHtml, const QString& placeHtml);

// The lines of the signature block above the name, e.g. "a.n. KEPALA DINAS …<br/>Sekretaris,".
QString signatureForm(const LetterSigner& signer);
QString signerRankLine(const LetterSigner& signer);
QString signerNipLine(const LetterSigner& signer);
// The rows of the paraf berjenjang box: "jabatan | paraf | tanggal".
QString initialRows(const QList<LetterInitial>& initials);

// Lists under the signature: "Tembusan:" and "Lampiran:" (items already filled).
QString titledList(const QString& title, const QStringList& filledItems);
// "a.", "b.", … (Menimbang) or "1.", "2.", … (Mengingat) in a decree's label : items table.
QString decreeSection(const QString& label, const QStringList& filledItems, bool letters);
// "Menetapkan : …" then KESATU, KEDUA, … each with its decision.
QString decreeDecisions(const QString& enactedHtml, const QStringList& filledDecisions);
// The recipients of a collective decree: No, Nama, NIK, No. KK, Alamat, Keterangan.
QString recipientsTable(const QList<LetterRecipient>& recipients);

// A cover letter's rows; an item is "naskah | banyaknya | keterangan" (the last two optional);
// the documents received are listed under the first.
QString coverRows(const QStringList& filledItems, const QStringList& documentsReceived);
// Minutes: the two parties, what is handed over, and the parties' signatures.
QString handoverParties(const LetterData& data);
QString handoverItems(const LetterData& data);
QString partySignatures(const LetterData& data);

// An <img> of a PNG (as a data: URL, so that stored HTML stays whole), `width` px wide.
QString imageTag(const QByteArray& png, int width, int height);

} // namespace loket::letters
