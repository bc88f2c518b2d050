#pragma once

#include <QSortFilterProxyModel>

namespace Skylight {

// Sorts by ImageTableModel::SortRole (bytes, times) and filters on the precomputed lower-case
// search text (name, id and property values): every word typed must appear.
class ImageFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ImageFilterProxyModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace Skylight
