#include "spam/spam_data.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>

namespace lyceum::spam {

namespace {

QString decode(const QByteArray &bytes) {
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(bytes); // old mail: bytes as they are
}

// RFC 4180 records; false at an unterminated quote.
bool csvRecords(const QString &text, QVector<QStringList> *records, qsizetype *badLine) {
    QStringList row;
    QString field;
    bool quoted = false, fieldStarted = false;
    qsizetype line = 1, recordLine = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row << field;
            if (!(row.size() == 1 && row.first().isEmpty()))
                records->append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
            recordLine = ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *badLine = recordLine;
        return false;
    }
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        records->append(row);
    }
    return true;
}

} // namespace

std::optional<Labelled> parseCsv(const QByteArray &bytes, QString *error) {
    QVector<QStringList> records;
    qsizetype badLine = 0;
    if (!csvRecords(decode(bytes), &records, &badLine)) {
        *error = QStringLiteral("line %1: a quoted field is never closed").arg(badLine);
        return std::nullopt;
    }
    if (records.isEmpty()) {
        *error = QStringLiteral("the file is empty");
        return std::nullopt;
    }
    const QStringList header = records.first();
    const qsizetype textCol = header.indexOf(QStringLiteral("text"));
    const qsizetype labelCol = header.indexOf(QStringLiteral("label"));
    if (textCol < 0 || labelCol < 0) {
        *error = QStringLiteral("the header must name the columns text and label");
        return std::nullopt;
    }
    Labelled out;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &row = records.at(r);
        if (row.size() <= std::max(textCol, labelCol)) {
            *error = QStringLiteral("record %1: expected %2 fields, found %3")
                         .arg(r)
                         .arg(header.size())
                         .arg(row.size());
            return std::nullopt;
        }
        const QString label = row.at(labelCol).trimmed();
        if (label != QLatin1String("0") && label != QLatin1String("1")) {
            *error =
                QStringLiteral("record %1: label must be 0 or 1, not \"%2\"").arg(r).arg(label);
            return std::nullopt;
        }
        out.texts << row.at(textCol);
        out.spam << (label == QLatin1String("1"));
    }
    return out;
}

std::optional<Labelled> loadLabelled(const QString &path, QString *error) {
    if (QFileInfo(path).isDir()) {
        Labelled out;
        for (const auto &[sub, isSpam] : {std::pair{"spam", true}, std::pair{"ham", false}}) {
            QDir dir(QDir(path).filePath(QString::fromLatin1(sub)));
            if (!dir.exists()) {
                *error = QStringLiteral("%1 has no %2/ folder").arg(path, QLatin1String(sub));
                return std::nullopt;
            }
            const QStringList names = dir.entryList(QDir::Files, QDir::Name);
            for (const QString &name : names) {
                QFile file(dir.filePath(name));
                if (!file.open(QIODevice::ReadOnly)) {
                    *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
                    return std::nullopt;
                }
                out.texts << decode(file.readAll());
                out.spam << isSpam;
            }
        }
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parseCsv(file.readAll(), error);
}

std::pair<Labelled, Labelled> stratifiedSplit(const Labelled &all, double trainFraction,
                                              quint32 seed) {
    QVector<qsizetype> spamIdx, hamIdx;
    for (qsizetype i = 0; i < all.texts.size(); ++i)
        (all.spam[i] ? spamIdx : hamIdx) << i;
    QRandomGenerator rng(seed);
    std::shuffle(spamIdx.begin(), spamIdx.end(), rng);
    std::shuffle(hamIdx.begin(), hamIdx.end(), rng);
    Labelled train, test;
    for (const auto *list : {&spamIdx, &hamIdx}) {
        const qsizetype cut = qsizetype(double(list->size()) * trainFraction + 0.5);
        for (qsizetype k = 0; k < list->size(); ++k) {
            Labelled &to = k < cut ? train : test;
            to.texts << all.texts.at(list->at(k));
            to.spam << all.spam.at(list->at(k));
        }
    }
    return {train, test};
}

Figures figures(const QVector<bool> &truth, const QVector<bool> &predicted) {
    Figures f;
    for (qsizetype i = 0; i < truth.size() && i < predicted.size(); ++i) {
        if (truth[i])
            (predicted[i] ? f.tp : f.fn) += 1;
        else
            (predicted[i] ? f.fp : f.tn) += 1;
    }
    f.precision = f.tp + f.fp ? double(f.tp) / double(f.tp + f.fp) : 0;
    f.recall = f.tp + f.fn ? double(f.tp) / double(f.tp + f.fn) : 0;
    f.f1 = f.precision + f.recall > 0 ? 2 * f.precision * f.recall / (f.precision + f.recall) : 0;
    f.fpr = f.fp + f.tn ? double(f.fp) / double(f.fp + f.tn) : 0;
    return f;
}

QString truncated(const QString &text, int n) {
    static const QRegularExpression headerLine(QStringLiteral("^(?:From |[A-Za-z][\\w-]*: )"));
    const qsizetype blank = text.indexOf(QLatin1String("\n\n"));
    if (blank < 0 || !headerLine.match(text).hasMatch())
        return text.left(n);
    static const QRegularExpression subject(QStringLiteral("^Subject:[ \\t]*(.*)$"),
                                            QRegularExpression::MultilineOption |
                                                QRegularExpression::CaseInsensitiveOption);
    const QString head = text.left(blank);
    const QRegularExpressionMatch m = subject.match(head);
    const QString body = text.mid(blank + 2).trimmed().left(n);
    return m.hasMatch() ? m.captured(1).trimmed() + u'\n' + body : body;
}

Labelled truncated(const Labelled &set, int n) {
    Labelled out = set;
    for (QString &t : out.texts)
        t = truncated(t, n);
    return out;
}

} // namespace lyceum::spam
