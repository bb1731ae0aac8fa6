#include "CatalogLoader.h"

#include "CatalogReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace loket {

CatalogLoadResult CatalogLoader::fromJson(const QByteArray& json, const QString& source)
{
    CatalogLoadResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - before.lastIndexOf('\n');
        result.errors << tr("line %1, column %2: not valid JSON (%3)")
                             .arg(line)
                             .arg(column)
                             .arg(parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.errors << tr("the file must hold one JSON object");
        return result;
    }
    CatalogReader reader;
    Catalog catalog = reader.read(document.object());
    result.errors = reader.errors();
    if (result.errors.isEmpty()) {
        catalog.source = source;
        result.catalog = catalog;
    }
    return result;
}

CatalogLoadResult CatalogLoader::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CatalogLoadResult result;
        result.errors << tr("%1: cannot be read (%2)").arg(path, file.errorString());
        return result;
    }
    return fromJson(file.readAll(), path);
}

CatalogLoadResult CatalogLoader::builtIn(const QString& officeId)
{
    if (!builtInOfficeIds().contains(officeId)) {
        CatalogLoadResult result;
        result.errors << tr("unknown office \"%1\" (built in: %2)")
                             .arg(officeId, builtInOfficeIds().join(QStringLiteral(", ")));
        return result;
    }
    CatalogLoadResult result = fromFile(QStringLiteral(":/catalog/%1.json").arg(officeId));
    if (result.catalog && result.catalog->office.id != officeId) {
        result.errors << tr("office.id: \"%1\" does not match the file name \"%2\"")
                             .arg(result.catalog->office.id, officeId);
        result.catalog.reset();
    }
    return result;
}

QStringList CatalogLoader::builtInOfficeIds()
{
    return { QStringLiteral("palangka-raya"), QStringLiteral("seruyan"),
             QStringLiteral("kotabaru") };
}

} // namespace loket
