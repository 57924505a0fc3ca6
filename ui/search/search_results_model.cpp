#include "search/search_results_model.h"

#include "client/discovery_service.h"
#include "common/theme.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

namespace lyceum::ui {

void SearchResultsModel::setHits(QVector<SearchHit> hits) {
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QString(kindLabel(hit.kind) + QStringLiteral(": ") + plain(hit.title) +
                       (hit.snippet.isEmpty()
                            ? QString()
                            : QString(QStringLiteral(" — ") + plain(hit.snippet))));
    case HitRole:
        return QVariant::fromValue(hit);
    default:
        return {};
    }
}

QString SearchResultsModel::kindLabel(SearchHit::Kind kind) {
    switch (kind) {
    case SearchHit::Kind::Course:
        return tr("Course");
    case SearchHit::Kind::Lesson:
        return tr("Lesson");
    case SearchHit::Kind::Thread:
        return tr("Thread");
    case SearchHit::Kind::Post:
        return tr("Reply");
    }
    return QString();
}

QString SearchResultsModel::markedHtml(const QString &text) {
    QString html = text.toHtmlEscaped();
    html.replace(search::kMarkStart,
                 QStringLiteral("<b style=\"color:%1\">").arg(theme::accent.name()));
    html.replace(search::kMarkEnd, QStringLiteral("</b>"));
    return html;
}

QString SearchResultsModel::plain(QString text) {
    text.remove(search::kMarkStart);
    text.remove(search::kMarkEnd);
    return text;
}

namespace {
constexpr int kPad = 10;
constexpr int kChipWidth = 64;

QTextDocument *layoutDocument(QTextDocument &doc, const QString &html, const QFont &font,
                              qreal width) {
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.setTextWidth(width);
    return &doc;
}
} // namespace

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const {
    const auto hit = index.data(SearchResultsModel::HitRole).value<SearchHit>();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QRect r = option.rect.adjusted(4, 2, -4, -2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(selected ? theme::accentSoft : theme::surface);
    painter->drawRoundedRect(r, 6, 6);
    if (option.state & QStyle::State_HasFocus && selected) {
        painter->setPen(QPen(theme::accent, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    }

    // The kind chip.
    QFont chipFont = option.font;
    chipFont.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QRect chip(r.left() + kPad, r.top() + kPad, kChipWidth, 20);
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme::background);
    painter->drawRoundedRect(chip, 10, 10);
    painter->setFont(chipFont);
    painter->setPen(theme::mutedText);
    painter->drawText(chip, Qt::AlignCenter, SearchResultsModel::kindLabel(hit.kind));

    const int textLeft = chip.right() + kPad;
    const qreal textWidth = r.right() - kPad - textLeft;
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    QTextDocument title;
    layoutDocument(title, SearchResultsModel::markedHtml(hit.title), titleFont, textWidth);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, theme::text);
    painter->translate(textLeft, r.top() + kPad);
    title.documentLayout()->draw(painter, context);
    if (!hit.snippet.isEmpty()) {
        QTextDocument snippet;
        layoutDocument(snippet, SearchResultsModel::markedHtml(hit.snippet), option.font,
                       textWidth);
        painter->translate(0, title.size().height() + 4);
        context.palette.setColor(QPalette::Text, theme::mutedText);
        snippet.documentLayout()->draw(painter, context);
    }
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const {
    const auto hit = index.data(SearchResultsModel::HitRole).value<SearchHit>();
    // Rows wrap to the view's width (the view lays them out again when it is resized).
    const auto *view = qobject_cast<const QAbstractItemView *>(parent());
    const int viewWidth = view ? view->viewport()->width() : option.rect.width();
    const int width = std::max(200, viewWidth > 0 ? viewWidth : 600);
    const qreal textWidth = width - 8 - 3 * kPad - kChipWidth;
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    QTextDocument title;
    layoutDocument(title, SearchResultsModel::markedHtml(hit.title), titleFont, textWidth);
    qreal height = title.size().height();
    if (!hit.snippet.isEmpty()) {
        QTextDocument snippet;
        layoutDocument(snippet, SearchResultsModel::markedHtml(hit.snippet), option.font,
                       textWidth);
        height += 4 + snippet.size().height();
    }
    return QSize(width, int(std::max<qreal>(height, 20)) + 2 * kPad + 4);
}

} // namespace lyceum::ui
