// Storage on a Qt SQL database. SQLite today (one file in the data directory); the SQL it runs
// is portable and the differences are isolated in SqlDialect, so PostgreSQL (QPSQL) is a second
// factory function rather than a second class.
//
// Not thread-safe: one SqlStorage owns one connection and is used from the thread that opened
// it (the server's event loop thread).
#pragma once

#include "server/commerce/commerce_storage.h"
#include "server/learning/assignment_storage.h"
#include "server/learning/certificate_storage.h"
#include "server/media/media_storage.h"
#include "server/moderation/moderation_storage.h"
#include "server/storage/sql_dialect.h"
#include "server/storage/storage.h"
#include "server/studio/studio_storage.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <memory>

class QSqlQuery;

namespace lyceum::server {

struct DatabaseUrl;

class SqlStorage final : public Storage,
                         public CommerceStorage,
                         public ModerationStorage,
                         public MediaStorage,
                         public StudioStorage,
                         public CertificateStorage,
                         public AssignmentStorage {
public:
    // Opens (creating if needed) DIR/lyceum-server.sqlite3 and migrates it. nullptr with a
    // readable error when the directory, the file or the schema is unusable.
    static std::unique_ptr<SqlStorage> openSqlite(const QString &dataDir, qint64 nowMs,
                                                  QString *error);
    static QString sqliteFileName();
    // Opens the database a --database URL names (sql_storage_open.cpp): a SQLite file (its
    // directory is created owner-only) or a PostgreSQL database, which must exist. The error
    // says which part failed: the driver, the connection (no socket, a wrong password), the
    // schema.
    static std::unique_ptr<SqlStorage> open(const DatabaseUrl &url, qint64 nowMs, QString *error);

    ~SqlStorage() override;

    QString instanceId() const override { return m_instanceId; }
    QString backendName() const override;
    void lockSetup() override;
    void unlockSetup() override;
    bool tryLockJob(const QString &job) override;
    void unlockJob(const QString &job) override;
    // The connection and its dialect, for whole-database work (lyceum-server migrate copies
    // every table through them); not for the services, which go through Storage.
    QSqlDatabase &connection() { return m_db; }
    const SqlDialect &dialect() const { return m_dialect; }
    void begin() override;
    void commit() override;
    void rollback() override;

    bool hasUsers() override;
    bool insertUser(const User &user, const QString &passwordHash) override;
    std::optional<AccountRecord> accountByHandle(const QString &handle) override;
    std::optional<User> userById(const QString &id) override;
    void insertSession(const Session &session) override;
    std::optional<Session> sessionByAccessHash(const QByteArray &hash) override;
    std::optional<Session> sessionByRefreshHash(const QByteArray &hash) override;
    void updateSessionTokens(const Session &session) override;
    void deleteSession(const QString &id) override;
    void recordSpentRefresh(const QByteArray &hash, const QString &sessionId,
                            qint64 at) override; // sql_storage_integrity.cpp
    std::optional<QString> sessionOfSpentRefresh(const QByteArray &hash) override;
    QVector<Session> sessionsOfUser(const QString &userId) override;
    int deleteOtherSessions(const QString &userId, const QString &keepId) override;
    void setPasswordHash(const QString &userId, const QString &passwordHash) override;
    bool savePost(const QString &userId, const QString &postId, qint64 at) override;
    bool unsavePost(const QString &userId, const QString &postId) override;
    QVector<SavedPost> savedPosts(const QString &userId, int limit) override;
    int savedPostCount(const QString &userId) override;
    void recordLoginFailure(const QString &key, qint64 at, qint64 forgetBefore) override;
    QVector<qint64> loginFailuresSince(const QString &key, qint64 since, int limit) override;
    void clearLoginFailures(const QString &key) override;
    QString claimStudioImage(const QString &id, const QString &ownerId, qint64 at) override;
    void recordMediaView(const QString &userId, const QString &lessonId, qint64 at) override;

    std::optional<Space> spaceById(const QString &id) override;
    bool isSpaceMember(const QString &userId, const QString &spaceId) override;
    std::optional<Course> courseById(const QString &id) override;
    std::optional<Lesson> lessonById(const QString &id) override;
    std::optional<Thread> threadById(const QString &id) override;
    std::optional<Post> postById(const QString &id) override;
    bool reactionExists(const QString &id) override;
    qint64 putThread(const Thread &thread) override;
    qint64 putPost(const Post &post) override;
    qint64 putReaction(const Reaction &reaction) override;
    qint64 removeReaction(const QString &id) override;
    std::optional<Review> reviewById(const QString &id) override; // sql_storage_reviews.cpp
    QVector<Review> reviewsOfCourse(const QString &courseId) override;
    qint64 putReview(const Review &review) override;
    bool setHelpfulVote(const QString &reviewId, const QString &userId, bool helpful) override;
    QVector<CourseAccess> courseAccessList() override;
    QSet<QString> entitledCourses(const QString &userId) override;
    bool hasEntitlement(const QString &userId, const QString &courseId) override;
    void grantEntitlement(const QString &userId, const QString &courseId, qint64 at) override;

    qint64 latestSeq() override;
    void readChanges(qint64 afterSeq, int limit,
                     const std::function<void(const ChangeRow &)> &visit) override;

    std::optional<QByteArray> mutationResult(const QString &userId, const QString &clientId,
                                             const QString &mutationId) override;
    void recordMutation(const QString &clientId, const QString &mutationId, const QString &userId,
                        const QByteArray &result, qint64 at) override;

    void bulkInsert(const SeedData &data) override;
    CommerceStorage *commerce() override { return this; }
    ModerationStorage *moderation() override { return this; }
    MediaStorage *media() override { return this; }
    StudioStorage *studio() override { return this; }
    CertificateStorage *certificates() override { return this; }
    AssignmentStorage *assignments() override { return this; }

    // ModerationStorage (sql_storage_moderation.cpp)
    bool insertReport(const Report &report) override;
    QVector<Report> openReports() override;
    QVector<Report> reportsOn(const QString &kind, const QString &id, bool openOnly) override;
    int resolveReports(const QString &kind, const QString &id, const QString &resolution,
                       qint64 at) override;
    void reopenReports(const QString &kind, const QString &id, qint64 resolvedAt) override;
    QHash<QString, QPair<int, int>> reporterRecords() override;
    qint64 addAction(const ModerationAction &action) override;
    std::optional<ModerationAction> actionById(qint64 id) override;
    void markUndone(qint64 id) override;
    QVector<ModerationAction> actions(int limit) override;
    QVector<ModerationAction> actionsConcerning(const QString &userId, int limit) override;
    AuthorRecord authorRecord(const QString &userId, int recent, qint64 now) override;

    // MediaStorage (sql_storage_media.cpp)
    void putAsset(const MediaAsset &asset) override;
    std::optional<MediaAsset> assetById(const QString &id) override;
    void setLessonVideo(const QString &lessonId, const QString &assetId, int durationSeconds,
                        qint64 at) override;
    void putUpload(const MediaUpload &upload) override;
    std::optional<MediaUpload> uploadById(const QString &id) override;
    QByteArray secret(const QString &name, int bytes) override;
    std::optional<LearningProgress> progress(const QString &userId,
                                             const QString &lessonId) override;
    void putProgress(const QString &userId, const LearningProgress &progress) override;
    QVector<LearningProgress> progressOf(const QString &userId) override;
    std::optional<LessonNote> noteById(const QString &id) override;
    void putNote(const LessonNote &note) override;
    QVector<LessonNote> notesOf(const QString &userId) override;
    std::optional<qint64> banEnd(const QString &userId, qint64 now) override;
    void setBanned(const QString &userId, bool banned, qint64 at, qint64 until) override;
    // ModerationStorage: what moderators set (sql_storage_rules.cpp)
    qint64 putSpaceRules(const Space &space) override;
    qint64 lastPostInSpace(const QString &userId, const QString &spaceId) override;
    QVector<KeywordFilter> keywordFilters() override;
    qint64 addKeywordFilter(const KeywordFilter &filter) override;
    bool removeKeywordFilter(qint64 id) override;
    QVector<RecentPost> recentPosts(int limit) override;
    void putHeldPost(const HeldPost &post) override;
    std::optional<HeldPost> heldPost(const QString &id) override;
    QVector<HeldPost> heldPosts() override;
    void setHeldState(const QString &id, const QString &state) override;
    bool insertAppeal(Appeal *appeal) override;
    std::optional<Appeal> appealById(qint64 id) override;
    std::optional<Appeal> appealOnAction(qint64 actionId) override;
    QVector<Appeal> openAppeals() override;
    void decideAppeal(qint64 id, const QString &state, const QString &by, qint64 at) override;
    QString setting(const QString &key) override;
    void setSetting(const QString &key, const QString &value) override;
    QVector<User> waitingMembers(qint64 since) override;
    QString memberApproval(const QString &userId) override;
    void setMemberApproval(const QString &userId, const QString &state, const QString &by,
                           qint64 at) override;
    QVector<User> findUsers(const QString &text, int limit) override;
    QVector<Report> reportsAgainst(const QString &userId, int limit) override;

    // StudioStorage (sql_storage_studio.cpp)
    std::optional<StudioImage> studioImage(const QString &id) override;
    void insertStudioImage(const StudioImage &image) override;
    std::optional<StudioDraft> studioDraft(const QString &id) override;
    void putStudioDraft(const StudioDraft &draft) override;
    QVector<StudioDraft> studioDraftsOf(const QString &userId) override;
    std::optional<ScheduledPublication> scheduled(const QString &id) override;
    void putScheduled(const ScheduledPublication &publication) override;
    QVector<ScheduledPublication> scheduledOf(const QString &userId) override;
    QVector<ScheduledPublication> scheduledDue(qint64 now) override;
    qint64 putCourse(const Course &course) override;
    qint64 putLesson(const Lesson &lesson) override;
    QVector<Lesson> lessonsOf(const QString &courseId) override;
    void putSections(const QString &courseId, const QVector<CourseSection> &sections) override;
    QVector<CourseSection> sectionsOf(const QString &courseId) override;
    QString sectionCourse(const QString &sectionId) override;
    void placeLesson(const QString &lessonId, const QString &sectionId, int position) override;
    QString sectionOfLesson(const QString &lessonId) override;
    QVector<Course> coursesBy(const QString &creatorId) override;
    QVector<SaleFact> salesOf(const QStringList &courseIds) override;
    QVector<EnrolmentFact> enrolmentsOf(const QStringList &courseIds) override;
    QVector<LessonProgressFact> progressOn(const QString &courseId) override;
    QVector<qint64> postTimesIn(const QStringList &courseIds) override;

    // CertificateStorage (server/learning/certificate_sql.cpp)
    void setLessonDone(const QString &userId, const QString &lessonId, const QString &courseId,
                       bool done, qint64 at) override;
    QStringList lessonsDoneIn(const QString &userId, const QString &courseId) override;
    bool insertCertificate(const CertificateRecord &record) override;
    std::optional<CertificateRecord> certificateByCode(const QString &code) override;
    std::optional<CertificateRecord> certificateOf(const QString &userId,
                                                   const QString &courseId) override;
    QVector<CertificateRecord> certificatesOf(const QString &userId) override;
    bool revokeCertificate(const QString &code, const QString &by, const QString &reason,
                           qint64 at) override;

    // CommerceStorage (sql_storage_commerce.cpp)
    QVector<Tier> tiers() override;
    std::optional<Tier> tierById(const QString &id) override;
    void putTier(const Tier &tier, int position) override;
    std::optional<Coupon> couponByCode(const QString &code) override;
    void putCoupon(const Coupon &coupon) override;
    void countCouponUse(const QString &code) override;
    int refundDays(const QString &courseId) override;
    void setRefundDays(const QString &courseId, int days) override;
    qint64 nextOrderNumber() override;
    void insertOrder(const OrderRecord &order) override;
    void updateOrder(const OrderRecord &order) override;
    std::optional<OrderRecord> orderById(const QString &id) override;
    std::optional<OrderRecord> orderByKey(const QString &userId, OrderPurpose purpose,
                                          const QString &key) override;
    QVector<Order> ordersOf(const QString &userId) override;
    void insertSubscription(const SubscriptionRecord &subscription) override;
    void updateSubscription(const SubscriptionRecord &subscription) override;
    std::optional<SubscriptionRecord> subscriptionById(const QString &id) override;
    QVector<SubscriptionRecord> subscriptionsOf(const QString &userId) override;
    QVector<SubscriptionRecord> subscriptionsDue(qint64 now) override;
    bool recordPaymentEvent(const QString &eventId, const QString &orderId, const QString &type,
                            qint64 at) override;
    void addGrant(const QString &userId, const QString &courseId, const QString &source,
                  const QString &ref, qint64 at) override;
    void removeGrants(const QString &userId, const QString &source, const QString &ref) override;
    void syncEntitlements(const QString &userId, qint64 at) override;
    QStringList allCourseIds() override;
    QVector<QPair<QString, QString>> allEntitlements() override;
    // CommerceStorage: what creators set and read (sql_storage_money.cpp)
    QVector<CouponUse> couponsOf(const QString &creatorId) override;
    void setCouponDisabled(const QString &code, bool disabled) override;
    int dripDays(const QString &lessonId) override;
    void setDripDays(const QString &lessonId, const QString &courseId, int days) override;
    QHash<QString, qint64> dripClosed(const QString &userId, qint64 now) override;
    int releaseDrips(qint64 now) override;
    QVector<CourseLearner> learnersOf(const QString &courseId) override;

    // AssignmentStorage (server/learning/assignment_sql.cpp)
    std::optional<Assignment> assignmentOfLesson(const QString &lessonId) override;
    void putAssignment(const Assignment &assignment) override;
    QVector<Assignment> assignmentsOfCourse(const QString &courseId) override;
    std::optional<Submission> submissionById(const QString &id) override;
    void putSubmission(const Submission &submission) override;
    QVector<Submission> submissionsOf(const QString &userId, const QString &lessonId) override;
    QVector<Submission> submissionsOfUser(const QString &userId) override;
    QVector<Submission> submissionsOfLessons(const QStringList &lessonIds) override;
    QStringList reviewedLessons(const QString &userId) override;
    std::optional<SubmissionFile> submissionFile(const QString &id, bool withData) override;
    void insertSubmissionFile(const SubmissionFile &file) override;
    void attachSubmissionFiles(const QStringList &fileIds, const QString &submissionId) override;
    int looseSubmissionFiles(const QString &userId, const QString &lessonId) override;
    bool assignmentsAccepted(const QString &userId, const QString &courseId) override;
    QVector<LearnerProgressRow> courseProgress(const QString &courseId) override;
    QVector<LearnerEvent> coursePosts(const QString &courseId) override;
    QVector<LearnerEvent> courseEnrolments(const QString &courseId) override;

private:
    SqlStorage(SqlDialect dialect, QString connectionName);
    bool initialize(qint64 nowMs, QString *error);
    bool readInstanceId(QString *error);
    bool isPostgres() const { return m_dialect.backend() == SqlBackend::Postgres; }
    // PostgreSQL: a second connection that only LISTENs for other instances' commits
    // (sql_storage_notify.cpp). A connection that runs queries could swallow a notice while
    // reading a result; this one never does.
    bool listenForOtherInstances(const DatabaseUrl &url, QString *error);
    // PostgreSQL: NOTIFY the other instances of the log's new end (in the open transaction,
    // so it is delivered at its commit).
    void notifyOtherInstances(qint64 seq);
    // PostgreSQL: the transaction-level lock that orders seq allocation by commit.
    void lockChangesLog();
    // PostgreSQL: the transaction-level lock under which an order number is chosen.
    void lockOrderNumbers();

    // A prepared statement, cached by its SQL text for the life of the connection.
    QSqlQuery &prepared(const QString &sql);
    // exec() or throw StorageError naming the statement.
    static void run(QSqlQuery &q);
    static void bind(QSqlQuery &q, std::initializer_list<QVariant> values);
    QVariant boolean(bool v) const { return m_dialect.boolValue(v); }

    qint64 recordChange(const char *entity, const QString &id, const QByteArray &payload,
                        const QString &scopeCourseId, bool freePreview = false);
    qint64 recordTombstone(const char *entity, const QString &id, const QString &scopeCourseId);
    // After a change row is written: notify now, or at the commit of the open transaction.
    void noteChange();
    QString threadScope(const QString &threadId);
    QString lessonCourse(const QString &lessonId);
    void touchLessons(const QString &courseId);
    // Inserts the entitlement row and re-emits the course's lessons when it is new.
    void insertEntitlement(const QString &userId, const QString &courseId, qint64 at);

    SqlDialect m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_instanceId;
    QHash<QString, QSqlQuery *> m_statements;
    bool m_inTransaction = false;
    bool m_changesPending = false; // the open transaction recorded changes
    qint64 m_pendingSeq = 0;       // the highest seq the open transaction recorded
    bool m_holdsSeqLock = false;   // PostgreSQL: this transaction holds the changes-log lock
    qint64 m_observedSeq = 0;      // PostgreSQL: the highest seq announced (ours or a notice's)
    qint64 m_lockSalt = 0;         // PostgreSQL: the schema's share of the advisory lock keys
    QString m_channel;             // PostgreSQL: the NOTIFY channel of this schema's log
    QString m_listenerName;        // PostgreSQL: the LISTEN connection, if open
    std::unique_ptr<QObject> m_listenerContext; // owns the notification connection
};

// Column value helpers shared by the storage sources.
QVariant sqlNull();
QVariant nullableText(const QString &s);
QVariant nullableTime(qint64 t);

} // namespace lyceum::server
