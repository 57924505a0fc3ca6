#include "media/sealed_file.h"

#include <QtEndian>
#include <sodium.h>

namespace lyceum::media {

namespace {
const QByteArray kMagic("LYVID001");
constexpr int kAdBytes = 8 + 4 + 8 + 24; // what of the header every chunk authenticates

QByteArray nonceFor(const QByteArray &header, qint64 index) {
    QByteArray nonce = header.mid(20, 24);
    for (int b = 0; b < 8; ++b)
        nonce[16 + b] = char(uchar(nonce[16 + b]) ^ uchar((quint64(index) >> (8 * b)) & 0xff));
    return nonce;
}

QByteArray additionalData(const QByteArray &header, qint64 index) {
    QByteArray ad = header.left(kAdBytes);
    char idx[8];
    qToLittleEndian<quint64>(quint64(index), idx);
    ad.append(idx, 8);
    return ad;
}

bool readHeader(QFile &file, QByteArray *header, qint64 *plainSize, QString *error) {
    *header = file.read(kSealedHeader);
    if (header->size() != kSealedHeader || !header->startsWith(kMagic)) {
        *error = QStringLiteral("not a Lyceum video file");
        return false;
    }
    const quint32 chunk = qFromLittleEndian<quint32>(header->constData() + 8);
    *plainSize = qint64(qFromLittleEndian<quint64>(header->constData() + 12));
    if (chunk != quint32(kSealedChunk) || *plainSize < 0) {
        *error = QStringLiteral("an unexpected video file layout");
        return false;
    }
    return true;
}
} // namespace

qint64 sealedSize(qint64 plainSize) {
    const qint64 chunks = (plainSize + kSealedChunk - 1) / kSealedChunk;
    return kSealedHeader + plainSize + chunks * kSealedTag;
}

SealedWriter::SealedWriter(QString path, QByteArray key)
    : m_file(std::move(path))
    , m_key(std::move(key)) {}

bool SealedWriter::open(qint64 plainSize, QString *error) {
    if (sodium_init() < 0) {
        *error = QStringLiteral("libsodium could not be initialized");
        return false;
    }
    if (m_key.size() != kSealedKeyBytes) {
        *error = QStringLiteral("no key to protect the video with");
        return false;
    }
    m_plainSize = plainSize;
    if (m_file.exists() && m_file.size() >= kSealedHeader) {
        if (!m_file.open(QIODevice::ReadWrite)) {
            *error = m_file.errorString();
            return false;
        }
        qint64 size = 0;
        if (!readHeader(m_file, &m_header, &size, error))
            return false;
        if (size != plainSize) {
            *error = QStringLiteral("the partial download is of another version of the video");
            return false;
        }
        // Keep the complete chunks only.
        const qint64 chunks = (m_file.size() - kSealedHeader) / (kSealedChunk + kSealedTag);
        m_committed = std::min(plainSize, chunks * kSealedChunk);
        const qint64 keep = m_committed == plainSize
                                ? sealedSize(plainSize)
                                : kSealedHeader + chunks * (kSealedChunk + kSealedTag);
        if (!m_file.resize(keep) || !m_file.seek(keep)) {
            *error = m_file.errorString();
            return false;
        }
        return true;
    }
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Truncate)) {
        *error = m_file.errorString();
        return false;
    }
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_header = kMagic;
    char buf[12];
    qToLittleEndian<quint32>(quint32(kSealedChunk), buf);
    qToLittleEndian<quint64>(quint64(plainSize), buf + 4);
    m_header.append(buf, 12);
    QByteArray nonce(24, 0);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    m_header.append(nonce);
    m_header.append(QByteArray(kSealedHeader - m_header.size(), 0));
    if (m_file.write(m_header) != kSealedHeader) {
        *error = m_file.errorString();
        return false;
    }
    m_committed = 0;
    return true;
}

bool SealedWriter::sealChunk(const QByteArray &plain, QString *error) {
    const qint64 index = m_committed / kSealedChunk;
    const QByteArray nonce = nonceFor(m_header, index);
    const QByteArray ad = additionalData(m_header, index);
    QByteArray out(plain.size() + kSealedTag, 0);
    unsigned long long outLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(out.data()), &outLen,
        reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()),
        reinterpret_cast<const unsigned char *>(m_key.constData()));
    if (m_file.write(out.constData(), qint64(outLen)) != qint64(outLen)) {
        *error = m_file.errorString();
        return false;
    }
    m_committed += plain.size();
    return true;
}

bool SealedWriter::append(const QByteArray &plain, QString *error) {
    if (m_committed + m_pending.size() + plain.size() > m_plainSize) {
        *error = QStringLiteral("the server sent more than the video's size");
        return false;
    }
    m_pending.append(plain);
    while (m_pending.size() >= kSealedChunk) {
        if (!sealChunk(m_pending.left(kSealedChunk), error))
            return false;
        m_pending.remove(0, kSealedChunk);
    }
    return true;
}

bool SealedWriter::finish(QString *error) {
    if (!m_pending.isEmpty() && !sealChunk(m_pending, error))
        return false;
    m_pending.clear();
    if (m_committed != m_plainSize) {
        *error = QStringLiteral("the download ended early");
        return false;
    }
    if (!m_file.flush()) {
        *error = m_file.errorString();
        return false;
    }
    m_file.close();
    return true;
}

SealedReader::SealedReader(const QString &path, QByteArray key, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_key(std::move(key)) {}

bool SealedReader::open(OpenMode mode) {
    if (sodium_init() < 0 || (mode & WriteOnly) || m_key.size() != kSealedKeyBytes ||
        !m_file.open(QIODevice::ReadOnly)) {
        m_problem = m_file.errorString();
        return false;
    }
    if (!readHeader(m_file, &m_header, &m_plainSize, &m_problem))
        return false;
    if (m_file.size() != sealedSize(m_plainSize)) {
        m_problem = QStringLiteral("the video file is incomplete");
        return false;
    }
    m_at = 0;
    m_chunkIndex = -1;
    return QIODevice::open(mode | QIODevice::Unbuffered);
}

void SealedReader::close() {
    m_file.close();
    m_chunk.fill(0);
    m_chunk.clear();
    m_chunkIndex = -1;
    QIODevice::close();
}

bool SealedReader::seek(qint64 pos) {
    if (pos < 0 || pos > m_plainSize || !QIODevice::seek(pos))
        return false;
    m_at = pos;
    return true;
}

bool SealedReader::loadChunk(qint64 index) {
    if (index == m_chunkIndex)
        return true;
    const qint64 plainLen = std::min(kSealedChunk, m_plainSize - index * kSealedChunk);
    if (!m_file.seek(kSealedHeader + index * (kSealedChunk + kSealedTag)))
        return false;
    const QByteArray sealed = m_file.read(plainLen + kSealedTag);
    if (sealed.size() != plainLen + kSealedTag)
        return false;
    const QByteArray nonce = nonceFor(m_header, index);
    const QByteArray ad = additionalData(m_header, index);
    m_chunk.resize(plainLen);
    unsigned long long outLen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(m_chunk.data()), &outLen, nullptr,
            reinterpret_cast<const unsigned char *>(sealed.constData()), quint64(sealed.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()),
            reinterpret_cast<const unsigned char *>(nonce.constData()),
            reinterpret_cast<const unsigned char *>(m_key.constData())) != 0) {
        m_problem = QStringLiteral("the video file is damaged (chunk %1)").arg(index);
        m_chunkIndex = -1;
        return false;
    }
    m_chunkIndex = index;
    return true;
}

qint64 SealedReader::readData(char *data, qint64 maxSize) {
    qint64 done = 0;
    while (done < maxSize && m_at < m_plainSize) {
        const qint64 index = m_at / kSealedChunk;
        if (!loadChunk(index))
            return done > 0 ? done : -1;
        const qint64 offset = m_at - index * kSealedChunk;
        const qint64 n = std::min(maxSize - done, qint64(m_chunk.size()) - offset);
        memcpy(data + done, m_chunk.constData() + offset, size_t(n));
        done += n;
        m_at += n;
    }
    return done;
}

} // namespace lyceum::media
