#include "imagedetailsview.h"

#include "image/imagerecord.h"
#include "image/imagerecordjson.h"
#include "image/redaction.h"
#include "models/keyvaluetablemodel.h"
#include "models/linktablemodel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace Skylight {

ImageDetailsView::ImageDetailsView(QWidget* parent)
    : QTabWidget(parent)
    , m_overview(new KeyValueTableModel(this))
    , m_properties(new KeyValueTableModel(this))
    , m_links(new LinkTableModel(this))
    , m_raw(new QPlainTextEdit(this))
{
    setAccessibleName(tr("Image details"));
    addTab(makeTable(m_overview, tr("Overview")), tr("&Overview"));
    addTab(makeTable(m_properties, tr("Properties")), tr("&Properties"));
    addTab(makeTable(m_links, tr("Links")), tr("&Links"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setAccessibleName(tr("Raw response"));
    addTab(m_raw, tr("&Raw"));
}

QTableView* ImageDetailsView::makeTable(QAbstractItemModel* model, const QString& accessibleName)
{
    auto* table = new QTableView(this);
    table->setModel(model);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    return table;
}

void ImageDetailsView::showRecord(const ImageRecord& record)
{
    QJsonObject overview = toContractJson(record);
    overview.remove(u"links"_s);
    overview.remove(u"properties"_s);
    m_overview->setObject(overview, contractKeys());
    m_properties->setObject(record.properties);
    m_links->setLinks(record.links);

    // The payload as received, pretty-printed, secrets masked.
    const QByteArray payload = redactSecrets(record.raw, record.rawContentType);
    QString raw;
    if (record.rawContentType.contains("json")) {
        const QJsonDocument document = QJsonDocument::fromJson(payload);
        raw = document.isNull() ? QString::fromUtf8(payload)
                                : QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    } else {
        raw = QString::fromUtf8(payload);
    }
    m_raw->setPlainText(raw);
}

void ImageDetailsView::clearRecord()
{
    m_overview->setObject({});
    m_properties->setObject({});
    m_links->setLinks({});
    m_raw->clear();
}

QString ImageDetailsView::rawText() const
{
    return m_raw->toPlainText();
}

} // namespace Skylight
