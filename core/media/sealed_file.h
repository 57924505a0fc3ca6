// Paid lesson videos at rest: a file of independently sealed chunks (XChaCha20-Poly1305 from
// libsodium, 256 KiB of video each), so the player can seek anywhere and a download can resume
// at a chunk boundary. The header (magic "LYVID001", chunk size, plain size, a random nonce base)
// is authenticated with every chunk; chunk i uses the nonce base with i mixed into its last
// 8 bytes. A damaged or tampered chunk fails to open instead of playing garbage.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>

namespace lyceum::media {

inline constexpr int kSealedKeyBytes = 32;
inline constexpr qint64 kSealedChunk = 256 * 1024;
inline constexpr int kSealedHeader = 64;
inline constexpr int kSealedTag = 16;

// The size on disk of a sealed file holding plainSize bytes.
qint64 sealedSize(qint64 plainSize);

// Writes a sealed file as the plain bytes arrive. Resumable: open() on an existing file keeps its
// complete chunks (committedPlain() of them) and drops a partial tail.
class SealedWriter {
public:
    SealedWriter(QString path, QByteArray key);
    // plainSize: the whole video's size. false with *error (not our format, another size, I/O).
    bool open(qint64 plainSize, QString *error);
    qint64 committedPlain() const { return m_committed; } // where to resume downloading
    bool append(const QByteArray &plain, QString *error);
    bool finish(QString *error); // seals the last, short chunk; the file is complete
    void close() { m_file.close(); }

private:
    bool sealChunk(const QByteArray &plain, QString *error);

    QFile m_file;
    QByteArray m_key;
    QByteArray m_header;
    qint64 m_plainSize = 0;
    qint64 m_committed = 0;
    QByteArray m_pending;
};

// Reads a sealed file as the plain video: random access, one chunk opened at a time.
class SealedReader : public QIODevice {
    Q_OBJECT
public:
    SealedReader(const QString &path, QByteArray key, QObject *parent = nullptr);
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_plainSize; }
    bool seek(qint64 pos) override;
    QString problem() const { return m_problem; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool loadChunk(qint64 index);

    QFile m_file;
    QByteArray m_key;
    QByteArray m_header;
    qint64 m_plainSize = 0;
    qint64 m_at = 0;
    qint64 m_chunkIndex = -1;
    QByteArray m_chunk; // the opened chunk's plain bytes
    QString m_problem;
};

} // namespace lyceum::media
