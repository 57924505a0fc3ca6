<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Format</name>
    <message>
        <location filename="../ui/common/format.cpp" line="56"/>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="50"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum</name>
    <message>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>%1 mentioned you in “%2”</source>
        <translation>%1 mentioned you in “%2”</translation>
    </message>
    <message>
        <source>%1 replied to your post in “%2”</source>
        <translation>%1 replied to your post in “%2”</translation>
    </message>
    <message>
        <source>%1 replied to “%2”</source>
        <translation>%1 replied to “%2”</translation>
    </message>
    <message numerus="yes">
        <source>%n new replies in “%1”</source>
        <translation>
            <numerusform>A new reply in “%1”</numerusform>
            <numerusform>%n new replies in “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new replies and mentions</source>
        <translation>
            <numerusform>A new reply or mention</numerusform>
            <numerusform>%n new replies and mentions</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand (%1).</source>
        <translation>The server sent an answer this app does not understand (%1).</translation>
    </message>
</context>
<context>
    <name>lyceum::ApiClient</name>
    <message>
        <source>The handle or password is wrong.</source>
        <translation>The handle or password is wrong.</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Your session has expired. Please log in again.</translation>
    </message>
    <message>
        <source>The server's data was reset; the local copy will be downloaded again.</source>
        <translation>The server's data was reset; the local copy will be downloaded again.</translation>
    </message>
    <message>
        <source>The server is busy. Please wait a moment and try again.</source>
        <translation>The server is busy. Please wait a moment and try again.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>The item was not found on the server.</source>
        <translation>The item was not found on the server.</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). Try again later.</source>
        <translation>The server had an internal problem (HTTP %1). Try again later.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>The server refused the request (HTTP %1).</translation>
    </message>
    <message>
        <source>No server address is set.</source>
        <translation>No server address is set.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>The server's identity could not be verified, so the connection was refused (%1).</source>
        <translation>The server's identity could not be verified, so the connection was refused (%1).</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation>The server did not answer in time. Check your connection and try again.</translation>
    </message>
    <message>
        <source>The server refused the connection. It may be down; try again later.</source>
        <translation>The server refused the connection. It may be down; try again later.</translation>
    </message>
    <message>
        <source>The server's address could not be found. Check the server address and your connection.</source>
        <translation>The server's address could not be found. Check the server address and your connection.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check your connection. (%1)</source>
        <translation>The server could not be reached. Check your connection. (%1)</translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand (%1).</source>
        <translation>The server sent an answer this app does not understand (%1).</translation>
    </message>
    <message>
        <source>This lesson's video comes with the course: buy it or join the membership to watch it.</source>
        <translation>This lesson's video comes with the course: buy it or join the membership to watch it.</translation>
    </message>
    <message>
        <source>The video's address has expired.</source>
        <translation>The video's address has expired.</translation>
    </message>
    <message>
        <source>The server's answer was larger than %1 MB, more than this app accepts for this request, so it was stopped.</source>
        <translation>The server's answer was larger than %1 MB, more than this app accepts for this request, so it was stopped.</translation>
    </message>
    <message>
        <source>The server took longer than %1 s to answer, so the request was stopped. Check your connection and try again.</source>
        <translation>The server took longer than %1 s to answer, so the request was stopped. Check your connection and try again.</translation>
    </message>
    <message>
        <source>The server sent this request on to another address (%1). It was not followed, so your sign-in is not sent anywhere else. Check the server address.</source>
        <translation>The server sent this request on to another address (%1). It was not followed, so your sign-in is not sent anywhere else. Check the server address.</translation>
    </message>
    <message>
        <source>This password is too short: use at least 10 characters.</source>
        <translation>This password is too short: use at least 10 characters.</translation>
    </message>
    <message>
        <source>This password is a dictionary word (or one with small changes): choose something harder to guess.</source>
        <translation>This password is a dictionary word (or one with small changes): choose something harder to guess.</translation>
    </message>
    <message>
        <source>This password is based on your handle or name: choose something else.</source>
        <translation>This password is based on your handle or name: choose something else.</translation>
    </message>
    <message>
        <source>This password is too simple (a sequence, a repeated character or too few different characters): choose something harder to guess.</source>
        <translation>This password is too simple (a sequence, a repeated character or too few different characters): choose something harder to guess.</translation>
    </message>
    <message>
        <source>Too many attempts, try again in %1 s.</source>
        <translation>Too many attempts, try again in %1 s.</translation>
    </message>
</context>
<context>
    <name>lyceum::ApiError</name>
    <message>
        <source>The local cache could not be used: %1</source>
        <translation>The local cache could not be used: %1</translation>
    </message>
    <message>
        <source>You are not signed in. Please log in first.</source>
        <translation>You are not signed in. Please log in first.</translation>
    </message>
</context>
<context>
    <name>lyceum::CacheDatabase</name>
    <message>
        <source>could not start a transaction: %1</source>
        <translation>could not start a transaction: %1</translation>
    </message>
    <message>
        <source>could not save changes: %1</source>
        <translation>could not save changes: %1</translation>
    </message>
    <message>
        <source>The cache file %1 could not be opened: %2</source>
        <translation>The cache file %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>The cache file %1 could not be set up: %2</source>
        <translation>The cache file %1 could not be set up: %2</translation>
    </message>
    <message>
        <source>The cache file is not a readable database: %1</source>
        <translation>The cache file is not a readable database: %1</translation>
    </message>
    <message>
        <source>The cache was written by a newer version of Lyceum (it has schema step %1, which this version does not know). Update Lyceum or use another profile.</source>
        <translation>The cache was written by a newer version of Lyceum (it has schema step %1, which this version does not know). Update Lyceum or use another profile.</translation>
    </message>
    <message>
        <source>Updating the cache (step %1) failed: %2</source>
        <translation>Updating the cache (step %1) failed: %2</translation>
    </message>
    <message>
        <source>The cache's search index could not be rebuilt: %1</source>
        <translation>The cache's search index could not be rebuilt: %1</translation>
    </message>
    <message>
        <source>The cache file %1 could not be created.</source>
        <translation>The cache file %1 could not be created.</translation>
    </message>
</context>
<context>
    <name>lyceum::Client</name>
    <message>
        <source>Your change could not be saved: %1</source>
        <translation>Your change could not be saved: %1</translation>
    </message>
    <message>
        <source>the profile is not open yet</source>
        <translation>the profile is not open yet</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Your session has expired. Please log in again.</translation>
    </message>
    <message>
        <source>The profile folder "%1" could not be created.</source>
        <translation>The profile folder "%1" could not be created.</translation>
    </message>
    <message>
        <source>The keychain is turned off for this profile; you stay signed in only until Lyceum quits.</source>
        <translation>The keychain is turned off for this profile; you stay signed in only until Lyceum quits.</translation>
    </message>
    <message>
        <source>"%1" is not a server address (it should start with https://).</source>
        <translation>"%1" is not a server address (it should start with https://).</translation>
    </message>
    <message>
        <source>The server cannot be reached. Lyceum keeps trying; your changes are kept and sent when it is back.</source>
        <translation>The server cannot be reached. Lyceum keeps trying; your changes are kept and sent when it is back.</translation>
    </message>
</context>
<context>
    <name>lyceum::Commerce</name>
    <message>
        <source>The card was declined.</source>
        <translation>The card was declined.</translation>
    </message>
    <message>
        <source>The card has insufficient funds.</source>
        <translation>The card has insufficient funds.</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>The card has expired.</translation>
    </message>
    <message>
        <source>The card number is not valid.</source>
        <translation>The card number is not valid.</translation>
    </message>
    <message>
        <source>The card's security code is not valid.</source>
        <translation>The card's security code is not valid.</translation>
    </message>
    <message>
        <source>The payment could not be processed. Nothing was charged; try again.</source>
        <translation>The payment could not be processed. Nothing was charged; try again.</translation>
    </message>
    <message>
        <source>There is no such coupon.</source>
        <translation>There is no such coupon.</translation>
    </message>
    <message>
        <source>The coupon has expired.</source>
        <translation>The coupon has expired.</translation>
    </message>
    <message>
        <source>The coupon has been used up.</source>
        <translation>The coupon has been used up.</translation>
    </message>
    <message>
        <source>The coupon does not apply to this item.</source>
        <translation>The coupon does not apply to this item.</translation>
    </message>
    <message>
        <source>You already have this course.</source>
        <translation>You already have this course.</translation>
    </message>
    <message>
        <source>You already have this membership.</source>
        <translation>You already have this membership.</translation>
    </message>
    <message>
        <source>This order can no longer be refunded.</source>
        <translation>This order can no longer be refunded.</translation>
    </message>
    <message>
        <source>You already have this membership, so nothing was charged. It is in your wallet.</source>
        <translation>You already have this membership, so nothing was charged. It is in your wallet.</translation>
    </message>
    <message>
        <source>The price has changed since the checkout. Nothing was charged.</source>
        <translation>The price has changed since the checkout. Nothing was charged.</translation>
    </message>
    <message>
        <source>This checkout has expired. Nothing was charged; start it again.</source>
        <translation>This checkout has expired. Nothing was charged; start it again.</translation>
    </message>
    <message>
        <source>This item is no longer on sale. Nothing was charged.</source>
        <translation>This item is no longer on sale. Nothing was charged.</translation>
    </message>
</context>
<context>
    <name>lyceum::CredentialStore</name>
    <message>
        <source>No system keychain is available (%1). You stay signed in only until Lyceum quits.</source>
        <translation>No system keychain is available (%1). You stay signed in only until Lyceum quits.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1). You stay signed in only until Lyceum quits.</source>
        <translation>Access to the system keychain was denied (%1). You stay signed in only until Lyceum quits.</translation>
    </message>
    <message>
        <source>The system keychain failed (%1). You stay signed in only until Lyceum quits.</source>
        <translation>The system keychain failed (%1). You stay signed in only until Lyceum quits.</translation>
    </message>
    <message>
        <source>The system keychain did not answer (it may be locked). You stay signed in only until Lyceum quits.</source>
        <translation>The system keychain did not answer (it may be locked). You stay signed in only until Lyceum quits.</translation>
    </message>
    <message>
        <source>The saved session is damaged; please log in again.</source>
        <translation>The saved session is damaged; please log in again.</translation>
    </message>
</context>
<context>
    <name>lyceum::EntityWriter</name>
    <message>
        <source>the cache connection is not a SQLite database</source>
        <translation>the cache connection is not a SQLite database</translation>
    </message>
</context>
<context>
    <name>lyceum::Outbox</name>
    <message>
        <source>Your account is banned in this community: you can still read, but this was not sent.</source>
        <translation>Your account is banned in this community: you can still read, but this was not sent.</translation>
    </message>
    <message>
        <source>This space keeps this to its team or to members of its courses.</source>
        <translation>This space keeps this to its team or to members of its courses.</translation>
    </message>
    <message>
        <source>Only a change the server refused can be retried.</source>
        <translation>Only a change the server refused can be retried.</translation>
    </message>
    <message>
        <source>The change is being sent or already gone; it cannot be dropped.</source>
        <translation>The change is being sent or already gone; it cannot be dropped.</translation>
    </message>
    <message>
        <source>The thread was locked before this arrived.</source>
        <translation>The thread was locked before this arrived.</translation>
    </message>
    <message>
        <source>What this answers or reacts to no longer exists.</source>
        <translation>What this answers or reacts to no longer exists.</translation>
    </message>
    <message>
        <source>You no longer have permission to do this.</source>
        <translation>You no longer have permission to do this.</translation>
    </message>
    <message>
        <source>The post was deleted before this arrived.</source>
        <translation>The post was deleted before this arrived.</translation>
    </message>
    <message>
        <source>The server already has something with the same id.</source>
        <translation>The server already has something with the same id.</translation>
    </message>
    <message>
        <source>The post was changed elsewhere after you started editing it. Your text is kept: retry to replace that version with yours, or drop your edit to keep it.</source>
        <translation>The post was changed elsewhere after you started editing it. Your text is kept: retry to replace that version with yours, or drop your edit to keep it.</translation>
    </message>
    <message>
        <source>The published version was changed elsewhere after this draft was based on it; nothing was overwritten.</source>
        <translation>The published version was changed elsewhere after this draft was based on it; nothing was overwritten.</translation>
    </message>
    <message>
        <source>Another device changed this draft meanwhile, so it was kept.</source>
        <translation>Another device changed this draft meanwhile, so it was kept.</translation>
    </message>
</context>
<context>
    <name>lyceum::Profile</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>lyceum::SyncEngine</name>
    <message>
        <source>Sync was cancelled.</source>
        <translation>Sync was cancelled.</translation>
    </message>
    <message>
        <source>The server sent changes this app cannot read (%1).</source>
        <translation>The server sent changes this app cannot read (%1).</translation>
    </message>
    <message>
        <source>The server keeps sending the same changes (its position "%1" does not move forward), so the sync was stopped. Try again later; if it persists, tell the server's operator.</source>
        <translation>The server keeps sending the same changes (its position "%1" does not move forward), so the sync was stopped. Try again later; if it persists, tell the server's operator.</translation>
    </message>
</context>
<context>
    <name>lyceum::SyncStore</name>
    <message>
        <source>the page does not continue the stored cursor</source>
        <translation>the page does not continue the stored cursor</translation>
    </message>
</context>
<context>
    <name>lyceum::cli</name>
    <message>
        <location filename="../core/cli/cli.cpp" line="48"/>
        <source>Check-in challenges:
  lyceum-cli --profile DIR challenges [--json]
  lyceum-cli --profile DIR checkin --challenge ID --body TEXT [--json]
</source>
        <translation>Check-in challenges:
  lyceum-cli --profile DIR challenges [--json]
  lyceum-cli --profile DIR checkin --challenge ID --body TEXT [--json]
</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="166"/>
        <source>not yet today</source>
        <translation>not yet today</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="166"/>
        <source>checked in today</source>
        <translation>checked in today</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="165"/>
        <source>streak %1</source>
        <translation>streak %1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="164"/>
        <source>day %1/%2</source>
        <translation>day %1/%2</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="139"/>
        <source>The server refused the check-in: %1</source>
        <translation>The server refused the check-in: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="134"/>
        <source>Queued: the check-in is sent when the server can be reached (%1).</source>
        <translation>Queued: the check-in is sent when the server can be reached (%1).</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="128"/>
        <source>Checked in for day %1 of %2. Streak: %3 days.</source>
        <translation>Checked in for day %1 of %2. Streak: %3 days.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="91"/>
        <source>The check-in was not queued: %1</source>
        <translation>The check-in was not queued: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="70"/>
        <source>checkin needs --challenge ID and --body TEXT.</source>
        <translation>checkin needs --challenge ID and --body TEXT.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="35"/>
        <source>Showing the challenges kept on this device: %1</source>
        <translation>Showing the challenges kept on this device: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp"/>
        <source>Learning:
  lyceum-cli --profile DIR done --lesson ID
  lyceum-cli --profile DIR quiz --lesson ID [--json]
  lyceum-cli --profile DIR answer --quiz ID --answers JSON [--json]
</source>
        <translation>Learning:
  lyceum-cli --profile DIR done --lesson ID
  lyceum-cli --profile DIR quiz --lesson ID [--json]
  lyceum-cli --profile DIR answer --quiz ID --answers JSON [--json]
</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>The attempt is queued; it is sent and graded with the next flush (lyceum-cli flush).</source>
        <translation>The attempt is queued; it is sent and graded with the next flush (lyceum-cli flush).</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>The server refused the attempt: %1</source>
        <translation>The server refused the attempt: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>Score %1/%2 · not passed</source>
        <translation>Score %1/%2 · not passed</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>Score %1/%2 · passed</source>
        <translation>Score %1/%2 · passed</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>answer needs --quiz ID and --answers JSON, e.g. &apos;{&quot;q1&quot;: [&quot;b&quot;], &quot;q2&quot;: &quot;text&quot;}&apos;.</source>
        <translation>answer needs --quiz ID and --answers JSON, e.g. &apos;{&quot;q1&quot;: [&quot;b&quot;], &quot;q2&quot;: &quot;text&quot;}&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>Locked: it opens with the course.</source>
        <translation>Locked: it opens with the course.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>Quiz %1 · pass mark %2 %</source>
        <translation>Quiz %1 · pass mark %2 %</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>The lesson %1 has no quiz (in the local cache).</source>
        <translation>The lesson %1 has no quiz (in the local cache).</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>quiz needs --lesson ID.</source>
        <translation>quiz needs --lesson ID.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>Lesson %1 is done.</source>
        <translation>Lesson %1 is done.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>The lesson %1 is not in the local cache; run sync first.</source>
        <translation>The lesson %1 is not in the local cache; run sync first.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>done needs --lesson ID.</source>
        <translation>done needs --lesson ID.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>VALID: signature checked (key %1).</source>
        <translation>VALID: signature checked (key %1).</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>NOT VALID: the server does not know this certificate.</source>
        <translation>NOT VALID: the server does not know this certificate.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>NOT VALID: the community revoked this certificate.</source>
        <translation>NOT VALID: the community revoked this certificate.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>The signature holds for the key the file names (%1); pass --public-key or --server to check that it is the community's.</source>
        <translation>The signature holds for the key the file names (%1); pass --public-key or --server to check that it is the community's.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>Issued: %1</source>
        <translation>Issued: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>Course: %1</source>
        <translation>Course: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>Holder: %1</source>
        <translation>Holder: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>The server could not say whether it was revoked: %1</source>
        <translation>The server could not say whether it was revoked: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>NOT VALID: the signature does not match (the certificate was altered, or another community's key signed it).</source>
        <translation>NOT VALID: the signature does not match (the certificate was altered, or another community's key signed it).</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>NOT VALID: %1 is not a Lyceum certificate (no signed statement in it).</source>
        <translation>NOT VALID: %1 is not a Lyceum certificate (no signed statement in it).</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>%1 is too large to be a certificate.</source>
        <translation>%1 is too large to be a certificate.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>verify needs --certificate FILE.</source>
        <translation>verify needs --certificate FILE.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>Offline (%1): these are the certificates known on this device.</source>
        <translation>Offline (%1): these are the certificates known on this device.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>Certificates could not be read: %1</source>
        <translation>Certificates could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>no key in the answer</source>
        <translation>no key in the answer</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>The server's public key could not be read: %1</source>
        <translation>The server's public key could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>--public-key must be the community's key in base64 (32 bytes), or a file holding it.</source>
        <translation>--public-key must be the community's key in base64 (32 bytes), or a file holding it.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>the server answered %1</source>
        <translation>the server answered %1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp"/>
        <source>Certificates:
  lyceum-cli --profile DIR certificates [--json]
  lyceum-cli verify --certificate FILE [--public-key KEY | --server URL] [--json]
</source>
        <translation>Certificates:
  lyceum-cli --profile DIR certificates [--json]
  lyceum-cli verify --certificate FILE [--public-key KEY | --server URL] [--json]
</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_inbox.cpp"/>
        <source>The inbox is empty.</source>
        <translation>The inbox is empty.</translation>
    </message>
    <message>
        <source>Usage:
  lyceum-cli --server URL --profile DIR login --user HANDLE --password-stdin
  lyceum-cli --profile DIR sync
  lyceum-cli --profile DIR status [--json]
  lyceum-cli --profile DIR threads [--json]
  lyceum-cli --profile DIR thread ID [--json]
  lyceum-cli --profile DIR post --thread ID [--parent ID] --body TEXT
  lyceum-cli --profile DIR outbox [--json]
  lyceum-cli --profile DIR flush
  lyceum-cli --profile DIR inbox [--json]
  lyceum-cli --profile DIR courses [--json]
  lyceum-cli --profile DIR buy --course ID --card NUMBER [--expiry MM/YY] [--cvc N] [--coupon CODE] [--json]
  lyceum-cli --profile DIR subscribe --tier ID --card NUMBER [--coupon CODE]
  lyceum-cli --profile DIR refund --order ID
  lyceum-cli --profile DIR wallet [--json]
  lyceum-cli --profile DIR search WORDS... [--limit N] [--json]
  lyceum-cli --profile DIR lessons --course ID [--json]
  lyceum-cli --profile DIR download --lesson ID [--json]
  lyceum-cli reco-eval --ratings PATH [--protocol holdout|recbole] [--seed N] [--items PATH] [--algos pop,itemknn,ease,ease-cv,rp3b,blend,tfidf,hybrid] [--json]
  lyceum-cli spam-eval (--data PATH [--split 0.8] | --train PATH --test PATH) [--seed N] [--tune cv|none] [--truncate N] [--peer bogofilter] [--json]
Global options: --page-size N (changes per sync page, 1-5000)
</source>
        <translation>Usage:
  lyceum-cli --server URL --profile DIR login --user HANDLE --password-stdin
  lyceum-cli --profile DIR sync
  lyceum-cli --profile DIR status [--json]
  lyceum-cli --profile DIR threads [--json]
  lyceum-cli --profile DIR thread ID [--json]
  lyceum-cli --profile DIR post --thread ID [--parent ID] --body TEXT
  lyceum-cli --profile DIR outbox [--json]
  lyceum-cli --profile DIR flush
  lyceum-cli --profile DIR inbox [--json]
  lyceum-cli --profile DIR courses [--json]
  lyceum-cli --profile DIR buy --course ID --card NUMBER [--expiry MM/YY] [--cvc N] [--coupon CODE] [--json]
  lyceum-cli --profile DIR subscribe --tier ID --card NUMBER [--coupon CODE]
  lyceum-cli --profile DIR refund --order ID
  lyceum-cli --profile DIR wallet [--json]
  lyceum-cli --profile DIR search WORDS... [--limit N] [--json]
  lyceum-cli --profile DIR lessons --course ID [--json]
  lyceum-cli --profile DIR download --lesson ID [--json]
  lyceum-cli reco-eval --ratings PATH [--protocol holdout|recbole] [--seed N] [--items PATH] [--algos pop,itemknn,ease,ease-cv,rp3b,blend,tfidf,hybrid] [--json]
  lyceum-cli spam-eval (--data PATH [--split 0.8] | --train PATH --test PATH) [--seed N] [--tune cv|none] [--truncate N] [--peer bogofilter] [--json]
Global options: --page-size N (changes per sync page, 1-5000)
</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_library.cpp"/>
        <source>next: %1</source>
        <translation>next: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_library.cpp"/>
        <source>all done</source>
        <translation>all done</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_library.cpp"/>
        <source>following</source>
        <translation>following</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_library.cpp"/>
        <source>owned</source>
        <translation>owned</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_library.cpp"/>
        <source>The library could not be read: %1</source>
        <translation>The library could not be read: %1</translation>
    </message>
    <message>
        <source>Usage:
  lyceum-cli --server URL --profile DIR login --user HANDLE --password-stdin
  lyceum-cli --profile DIR sync
  lyceum-cli --profile DIR status [--json]
  lyceum-cli --profile DIR threads [--json]
  lyceum-cli --profile DIR thread ID [--json]
  lyceum-cli --profile DIR post --thread ID [--parent ID] --body TEXT
  lyceum-cli --profile DIR outbox [--json]
  lyceum-cli --profile DIR flush
  lyceum-cli --profile DIR courses [--json]
  lyceum-cli --profile DIR buy --course ID --card NUMBER [--expiry MM/YY] [--cvc N] [--coupon CODE] [--json]
  lyceum-cli --profile DIR subscribe --tier ID --card NUMBER [--coupon CODE]
  lyceum-cli --profile DIR refund --order ID
  lyceum-cli --profile DIR wallet [--json]
  lyceum-cli --profile DIR search WORDS... [--limit N] [--json]
  lyceum-cli --profile DIR lessons --course ID [--json]
  lyceum-cli --profile DIR download --lesson ID [--json]
  lyceum-cli --profile DIR library [--json]
  lyceum-cli reco-eval --ratings PATH [--protocol holdout|recbole] [--seed N] [--items PATH] [--algos pop,itemknn,ease,ease-cv,rp3b,blend,tfidf,hybrid] [--json]
  lyceum-cli spam-eval (--data PATH [--split 0.8] | --train PATH --test PATH) [--seed N] [--tune cv|none] [--truncate N] [--peer bogofilter] [--json]
Global options: --page-size N (changes per sync page, 1-5000)
</source>
        <translation>Usage:
  lyceum-cli --server URL --profile DIR login --user HANDLE --password-stdin
  lyceum-cli --profile DIR sync
  lyceum-cli --profile DIR status [--json]
  lyceum-cli --profile DIR threads [--json]
  lyceum-cli --profile DIR thread ID [--json]
  lyceum-cli --profile DIR post --thread ID [--parent ID] --body TEXT
  lyceum-cli --profile DIR outbox [--json]
  lyceum-cli --profile DIR flush
  lyceum-cli --profile DIR courses [--json]
  lyceum-cli --profile DIR buy --course ID --card NUMBER [--expiry MM/YY] [--cvc N] [--coupon CODE] [--json]
  lyceum-cli --profile DIR subscribe --tier ID --card NUMBER [--coupon CODE]
  lyceum-cli --profile DIR refund --order ID
  lyceum-cli --profile DIR wallet [--json]
  lyceum-cli --profile DIR search WORDS... [--limit N] [--json]
  lyceum-cli --profile DIR lessons --course ID [--json]
  lyceum-cli --profile DIR download --lesson ID [--json]
  lyceum-cli --profile DIR library [--json]
  lyceum-cli reco-eval --ratings PATH [--protocol holdout|recbole] [--seed N] [--items PATH] [--algos pop,itemknn,ease,ease-cv,rp3b,blend,tfidf,hybrid] [--json]
  lyceum-cli spam-eval (--data PATH [--split 0.8] | --train PATH --test PATH) [--seed N] [--tune cv|none] [--truncate N] [--peer bogofilter] [--json]
Global options: --page-size N (changes per sync page, 1-5000)
</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_commerce.cpp" line="117"/>
        <source>The courses could not be read: %1</source>
        <translation>The courses could not be read: %1</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 5000.</source>
        <translation>--page-size must be a number from 1 to 5000.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>--profile DIR is required.</source>
        <translation>--profile DIR is required.</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>Unknown command %1.</translation>
    </message>
    <message>
        <source>login needs --server URL, --user HANDLE and --password-stdin.</source>
        <translation>login needs --server URL, --user HANDLE and --password-stdin.</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>No password was given on standard input.</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Login failed: %1</translation>
    </message>
    <message>
        <source>The session could not be saved, so later commands cannot use it.</source>
        <translation>The session could not be saved, so later commands cannot use it.</translation>
    </message>
    <message>
        <source>Logged in as %1 on %2.</source>
        <translation>Logged in as %1 on %2.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Synced %1 changes: %2 courses, %3 lessons, %4 threads, %5 posts.</source>
        <translation>Synced %1 changes: %2 courses, %3 lessons, %4 threads, %5 posts.</translation>
    </message>
    <message>
        <source>Profile: %1 (%2 on %3)</source>
        <translation>Profile: %1 (%2 on %3)</translation>
    </message>
    <message>
        <source>Cache: %1 courses, %2 lessons, %3 threads, %4 posts, %5 users</source>
        <translation>Cache: %1 courses, %2 lessons, %3 threads, %4 posts, %5 users</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting, %2 failed</source>
        <translation>Outbox: %1 waiting, %2 failed</translation>
    </message>
    <message>
        <source> (not sent yet)</source>
        <translation> (not sent yet)</translation>
    </message>
    <message>
        <source>thread needs exactly one thread id.</source>
        <translation>thread needs exactly one thread id.</translation>
    </message>
    <message>
        <source>No thread %1 in the local cache.</source>
        <translation>No thread %1 in the local cache.</translation>
    </message>
    <message>
        <source>post needs --thread ID and --body TEXT.</source>
        <translation>post needs --thread ID and --body TEXT.</translation>
    </message>
    <message>
        <source>The reply was not queued: %1</source>
        <translation>The reply was not queued: %1</translation>
    </message>
    <message>
        <source>Flush failed: %1</source>
        <translation>Flush failed: %1</translation>
    </message>
    <message>
        <source>%1 changes were rejected by the server (see: lyceum-cli outbox).</source>
        <translation>%1 changes were rejected by the server (see: lyceum-cli outbox).</translation>
    </message>
    <message>
        <source>%1 changes are still waiting to be sent.</source>
        <translation>%1 changes are still waiting to be sent.</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting, %2 failed.</source>
        <translation>Outbox: %1 waiting, %2 failed.</translation>
    </message>
    <message>
        <source>A card is needed: --card NUMBER [--expiry MM/YY] [--cvc CVC].</source>
        <translation>A card is needed: --card NUMBER [--expiry MM/YY] [--cvc CVC].</translation>
    </message>
    <message>
        <source>Checkout failed: %1</source>
        <translation>Checkout failed: %1</translation>
    </message>
    <message>
        <source>Payment failed: %1</source>
        <translation>Payment failed: %1</translation>
    </message>
    <message>
        <source>Paid %1 for “%2” (order %3).</source>
        <translation>Paid %1 for “%2” (order %3).</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>yours</translation>
    </message>
    <message>
        <source>buy needs --course ID and --card NUMBER.</source>
        <translation>buy needs --course ID and --card NUMBER.</translation>
    </message>
    <message>
        <source>subscribe needs --tier ID and --card NUMBER.</source>
        <translation>subscribe needs --tier ID and --card NUMBER.</translation>
    </message>
    <message>
        <source>refund needs --order ID.</source>
        <translation>refund needs --order ID.</translation>
    </message>
    <message>
        <source>Refund failed: %1</source>
        <translation>Refund failed: %1</translation>
    </message>
    <message>
        <source>Refunded %1 for “%2” (order %3).</source>
        <translation>Refunded %1 for “%2” (order %3).</translation>
    </message>
    <message>
        <source>The wallet could not be read: %1</source>
        <translation>The wallet could not be read: %1</translation>
    </message>
    <message>
        <source>Not logged in. Run: lyceum-cli --server URL --profile DIR login --user HANDLE --password-stdin</source>
        <translation>Not logged in. Run: lyceum-cli --server URL --profile DIR login --user HANDLE --password-stdin</translation>
    </message>
    <message>
        <source>reco-eval needs --ratings PATH.</source>
        <translation>reco-eval needs --ratings PATH.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number.</source>
        <translation>--seed must be a non-negative number.</translation>
    </message>
    <message>
        <source>The ratings could not be read: %1</source>
        <translation>The ratings could not be read: %1</translation>
    </message>
    <message>
        <source>--protocol is holdout or recbole.</source>
        <translation>--protocol is holdout or recbole.</translation>
    </message>
    <message>
        <source>The item texts could not be read: %1</source>
        <translation>The item texts could not be read: %1</translation>
    </message>
    <message>
        <source>Unknown algorithm %1 (known: pop, itemknn, ease, ease-cv, rp3b, blend; tfidf and hybrid need --items PATH).</source>
        <translation>Unknown algorithm %1 (known: pop, itemknn, ease, ease-cv, rp3b, blend; tfidf and hybrid need --items PATH).</translation>
    </message>
    <message>
        <source>search needs the words to look for.</source>
        <translation>search needs the words to look for.</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 1000.</source>
        <translation>--limit must be a number from 1 to 1000.</translation>
    </message>
    <message>
        <source>Nothing found for %1.</source>
        <translation>Nothing found for %1.</translation>
    </message>
    <message>
        <source>bogofilter did not finish: %1</source>
        <translation>bogofilter did not finish: %1</translation>
    </message>
    <message>
        <source>bogofilter failed: %1</source>
        <translation>bogofilter failed: %1</translation>
    </message>
    <message>
        <source>the messages could not be written for bogofilter</source>
        <translation>the messages could not be written for bogofilter</translation>
    </message>
    <message>
        <source>bogofilter gave no verdict for a message</source>
        <translation>bogofilter gave no verdict for a message</translation>
    </message>
    <message>
        <source>precision %1, recall %2, F1 %3, false positives %4 %, %5 posts/s (train %6, test %7)</source>
        <translation>precision %1, recall %2, F1 %3, false positives %4 %, %5 posts/s (train %6, test %7)</translation>
    </message>
    <message>
        <source>spam-eval needs --data PATH, or --train PATH and --test PATH.</source>
        <translation>spam-eval needs --data PATH, or --train PATH and --test PATH.</translation>
    </message>
    <message>
        <source>--split must be a number between 0 and 1.</source>
        <translation>--split must be a number between 0 and 1.</translation>
    </message>
    <message>
        <source>--peer can only be bogofilter.</source>
        <translation>--peer can only be bogofilter.</translation>
    </message>
    <message>
        <source>The data could not be read: %1</source>
        <translation>The data could not be read: %1</translation>
    </message>
    <message>
        <source>The training set needs both spam and ham, and the test set a message.</source>
        <translation>The training set needs both spam and ham, and the test set a message.</translation>
    </message>
    <message>
        <source>bogofilter is not installed (Debian package bogofilter).</source>
        <translation>bogofilter is not installed (Debian package bogofilter).</translation>
    </message>
    <message>
        <source>--tune must be cv or none.</source>
        <translation>--tune must be cv or none.</translation>
    </message>
    <message>
        <source>--truncate must be a positive number of characters.</source>
        <translation>--truncate must be a positive number of characters.</translation>
    </message>
    <message>
        <source>Settings: %1, a threshold aiming at %2 % false positives (%3).</source>
        <translation>Settings: %1, a threshold aiming at %2 % false positives (%3).</translation>
    </message>
    <message>
        <source>logistic regression</source>
        <translation>logistic regression</translation>
    </message>
    <message>
        <source>naive Bayes on the %1 strongest features</source>
        <translation>naive Bayes on the %1 strongest features</translation>
    </message>
    <message>
        <source>No setting met a false-positive limit up to 5 % in cross-validation; the best F1 was kept.</source>
        <translation>No setting met a false-positive limit up to 5 % in cross-validation; the best F1 was kept.</translation>
    </message>
    <message>
        <source>The setting met a false-positive limit of %1 % in cross-validation.</source>
        <translation>The setting met a false-positive limit of %1 % in cross-validation.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>defaults</source>
        <translation>defaults</translation>
    </message>
    <message>
        <source>5-fold cross-validation on the training part</source>
        <translation>5-fold cross-validation on the training part</translation>
    </message>
    <message>
        <source>Usage:
  lyceum-cli --server URL --profile DIR login --user HANDLE --password-stdin
  lyceum-cli --profile DIR sync
  lyceum-cli --profile DIR status [--json]
  lyceum-cli --profile DIR threads [--json]
  lyceum-cli --profile DIR thread ID [--json]
  lyceum-cli --profile DIR post --thread ID [--parent ID] --body TEXT
  lyceum-cli --profile DIR outbox [--json]
  lyceum-cli --profile DIR flush
  lyceum-cli --profile DIR courses [--json]
  lyceum-cli --profile DIR buy --course ID --card NUMBER [--expiry MM/YY] [--cvc N] [--coupon CODE] [--json]
  lyceum-cli --profile DIR subscribe --tier ID --card NUMBER [--coupon CODE]
  lyceum-cli --profile DIR refund --order ID
  lyceum-cli --profile DIR wallet [--json]
  lyceum-cli --profile DIR search WORDS... [--limit N] [--json]
  lyceum-cli --profile DIR lessons --course ID [--json]
  lyceum-cli --profile DIR download --lesson ID [--json]
  lyceum-cli reco-eval --ratings PATH [--protocol holdout|recbole] [--seed N] [--items PATH] [--algos pop,itemknn,ease,ease-cv,rp3b,blend,tfidf,hybrid] [--json]
  lyceum-cli spam-eval (--data PATH [--split 0.8] | --train PATH --test PATH) [--seed N] [--tune cv|none] [--truncate N] [--peer bogofilter] [--json]
Global options: --page-size N (changes per sync page, 1-5000)
</source>
        <translation>Usage:
  lyceum-cli --server URL --profile DIR login --user HANDLE --password-stdin
  lyceum-cli --profile DIR sync
  lyceum-cli --profile DIR status [--json]
  lyceum-cli --profile DIR threads [--json]
  lyceum-cli --profile DIR thread ID [--json]
  lyceum-cli --profile DIR post --thread ID [--parent ID] --body TEXT
  lyceum-cli --profile DIR outbox [--json]
  lyceum-cli --profile DIR flush
  lyceum-cli --profile DIR courses [--json]
  lyceum-cli --profile DIR buy --course ID --card NUMBER [--expiry MM/YY] [--cvc N] [--coupon CODE] [--json]
  lyceum-cli --profile DIR subscribe --tier ID --card NUMBER [--coupon CODE]
  lyceum-cli --profile DIR refund --order ID
  lyceum-cli --profile DIR wallet [--json]
  lyceum-cli --profile DIR search WORDS... [--limit N] [--json]
  lyceum-cli --profile DIR lessons --course ID [--json]
  lyceum-cli --profile DIR download --lesson ID [--json]
  lyceum-cli reco-eval --ratings PATH [--protocol holdout|recbole] [--seed N] [--items PATH] [--algos pop,itemknn,ease,ease-cv,rp3b,blend,tfidf,hybrid] [--json]
  lyceum-cli spam-eval (--data PATH [--split 0.8] | --train PATH --test PATH) [--seed N] [--tune cv|none] [--truncate N] [--peer bogofilter] [--json]
Global options: --page-size N (changes per sync page, 1-5000)
</translation>
    </message>
    <message>
        <source>lessons needs --course ID.</source>
        <translation>lessons needs --course ID.</translation>
    </message>
    <message>
        <source>No course %1 here; sync first, or check the id.</source>
        <translation>No course %1 here; sync first, or check the id.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>preview</translation>
    </message>
    <message>
        <source>download needs --lesson ID.</source>
        <translation>download needs --lesson ID.</translation>
    </message>
    <message>
        <source>The video could not be downloaded: %1</source>
        <translation>The video could not be downloaded: %1</translation>
    </message>
    <message>
        <source>Downloaded “%1”: %2 bytes stored (sealed), %3 bytes of video.</source>
        <translation>Downloaded “%1”: %2 bytes stored (sealed), %3 bytes of video.</translation>
    </message>
    <message>
        <source>The download finished but is not listed.</source>
        <translation>The download finished but is not listed.</translation>
    </message>
    <message>
        <source>The price has changed since the checkout: it is now %1. Nothing was charged; run the command again to pay the new price.</source>
        <translation>The price has changed since the checkout: it is now %1. Nothing was charged; run the command again to pay the new price.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_moderation.cpp"/>
        <source>slow mode %1 s</source>
        <translation>slow mode %1 s</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_moderation.cpp"/>
        <source> closed</source>
        <translation> closed</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_moderation.cpp"/>
        <source>The notices could not be fetched: %1</source>
        <translation>The notices could not be fetched: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_moderation.cpp"/>
        <source>(appealable)</source>
        <translation>(appealable)</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_moderation.cpp"/>
        <source>appeal needs --action ID (a notice's id) and --note TEXT.</source>
        <translation>appeal needs --action ID (a notice's id) and --note TEXT.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_moderation.cpp"/>
        <source>The appeal was not queued: %1</source>
        <translation>The appeal was not queued: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_moderation.cpp"/>
        <source>The appeal was refused (%1): %2</source>
        <translation>The appeal was refused (%1): %2</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_moderation.cpp"/>
        <source>The appeal is queued and will be sent when the server can be reached: %1</source>
        <translation>The appeal is queued and will be sent when the server can be reached: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_moderation.cpp"/>
        <source>Appeal filed; a moderator will decide it.</source>
        <translation>Appeal filed; a moderator will decide it.</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp"/>
        <source>Moderation:
  lyceum-cli --profile DIR spaces [--json]
  lyceum-cli --profile DIR notices [--json]
  lyceum-cli --profile DIR appeal --action ID --note TEXT
</source>
        <translation>Moderation:
  lyceum-cli --profile DIR spaces [--json]
  lyceum-cli --profile DIR notices [--json]
  lyceum-cli --profile DIR appeal --action ID --note TEXT
</translation>
    </message>
</context>
<context>
    <name>lyceum::localmutations</name>
    <message>
        <source>The thread was not found in the local cache.</source>
        <translation>The thread was not found in the local cache.</translation>
    </message>
    <message>
        <source>The thread is locked; replies are closed.</source>
        <translation>The thread is locked; replies are closed.</translation>
    </message>
    <message>
        <source>This reaction is not available.</source>
        <translation>This reaction is not available.</translation>
    </message>
    <message>
        <source>The post was not found in the local cache.</source>
        <translation>The post was not found in the local cache.</translation>
    </message>
    <message>
        <source>Only the author may change a post.</source>
        <translation>Only the author may change a post.</translation>
    </message>
    <message>
        <source>The post was deleted.</source>
        <translation>The post was deleted.</translation>
    </message>
</context>
<context>
    <name>lyceum::reviewstore</name>
    <message>
        <source>A rating is one to five stars.</source>
        <translation>A rating is one to five stars.</translation>
    </message>
    <message>
        <source>A review is at most %1 characters.</source>
        <translation>A review is at most %1 characters.</translation>
    </message>
    <message>
        <source>An answer is 1 to %1 characters.</source>
        <translation>An answer is 1 to %1 characters.</translation>
    </message>
    <message>
        <source>The review was not found in the local cache.</source>
        <translation>The review was not found in the local cache.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui</name>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>the signature could not be embedded</source>
        <translation>the signature could not be embedded</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>the PDF could not be started</source>
        <translation>the PDF could not be started</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>Certificate %1</source>
        <translation>Certificate %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>the folder is not writable</source>
        <translation>the folder is not writable</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>Signed by the community (Ed25519 key %1); check this file offline with lyceum-cli verify --certificate FILE.</source>
        <translation>Signed by the community (Ed25519 key %1); check this file offline with lyceum-cli verify --certificate FILE.</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>Check it at %1</source>
        <translation>Check it at %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>Certificate code %1</source>
        <translation>Certificate code %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>Issued %1</source>
        <translation>Issued %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>has completed the course</source>
        <translation>has completed the course</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>This certifies that</source>
        <translation>This certifies that</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>Certificate of completion</source>
        <translation>Certificate of completion</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Not paid</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Billed to</source>
        <translation>Billed to</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>Coupon %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Paid with</translation>
    </message>
    <message>
        <source>card ending in %1</source>
        <translation>card ending in %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Refunded on</source>
        <translation>Refunded on</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Thank you for learning with Lyceum.</source>
        <translation>Thank you for learning with Lyceum.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::AnalyticsView</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Lesson funnel: finished / started</source>
        <translation>Lesson funnel: finished / started</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>All my courses</source>
        <translation>All my courses</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>Net revenue</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <source>Discussion replies</source>
        <translation>Discussion replies</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Export analytics</source>
        <translation>Export analytics</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Analytics are computed on the server and need a connection: %1</source>
        <translation>Analytics are computed on the server and need a connection: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="102"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="103"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="103"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="103"/>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="103"/>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="104"/>
        <source>Custom dates</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="112"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="113"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="81"/>
        <source>Learners by week of enrolment</source>
        <translation>Learners by week of enrolment</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="51"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="52"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="60"/>
        <source>Week enrolled</source>
        <translation>Week enrolled</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="62"/>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="64"/>
        <source>Learning after 1 week</source>
        <translation>Learning after 1 week</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="65"/>
        <source>After 2 weeks</source>
        <translation>After 2 weeks</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="66"/>
        <source>After 4 weeks</source>
        <translation>After 4 weeks</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="67"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="218"/>
        <source>Choose one course to see its learners by week of enrolment.</source>
        <translation>Choose one course to see its learners by week of enrolment.</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="230"/>
        <source>Nobody has enrolled yet: each week with an enrolment shows here.</source>
        <translation>Nobody has enrolled yet: each week with an enrolment shows here.</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="231"/>
        <source>Of those who enrolled in a week: how many were still learning (any progress or reply) 1, 2 and 4 weeks later, and how many finished.</source>
        <translation>Of those who enrolled in a week: how many were still learning (any progress or reply) 1, 2 and 4 weeks later, and how many finished.</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="239"/>
        <source>The period starts after it ends; choose the dates again.</source>
        <translation>The period starts after it ends; choose the dates again.</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="293"/>
        <source>Nothing to show yet: no sales, enrolments or replies.</source>
        <translation>Nothing to show yet: no sales, enrolments or replies.</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="294"/>
        <source>Nothing in this period: no sales, enrolments or replies.</source>
        <translation>Nothing in this period: no sales, enrolments or replies.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::AppSession</name>
    <message>
        <source>Lyceum could not open its local data.</source>
        <translation>Lyceum could not open its local data.</translation>
    </message>
    <message>
        <source>Starting the demo community…</source>
        <translation>Starting the demo community…</translation>
    </message>
    <message>
        <source>The demo community could not be started.</source>
        <translation>The demo community could not be started.</translation>
    </message>
    <message>
        <source>The demo community stopped unexpectedly.</source>
        <translation>The demo community stopped unexpectedly.</translation>
    </message>
    <message>
        <source>Signing in as the demo learner…</source>
        <translation>Signing in as the demo learner…</translation>
    </message>
    <message>
        <source>Lyceum could not create its profile folder.</source>
        <translation>Lyceum could not create its profile folder.</translation>
    </message>
    <message>
        <source>Signing in to the demo community failed.</source>
        <translation>Signing in to the demo community failed.</translation>
    </message>
    <message>
        <source>Opening your profile…</source>
        <translation>Opening your profile…</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>Restoring your session…</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Please sign in again.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CataloguePage</name>
    <message>
        <location filename="../ui/catalogue/catalogue_page.cpp" line="229"/>
        <source>The courses could not be read from this computer&apos;s copy of the community. Syncing again or signing in to a new profile may repair it.
%1</source>
        <translation>The courses could not be read from this computer&apos;s copy of the community. Syncing again or signing in to a new profile may repair it.
%1</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Search courses, creators, topics…  (Ctrl+F)</source>
        <translation>Search courses, creators, topics…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Search courses</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Any price</source>
        <translation>Any price</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n course(s)</source>
        <translation>
            <numerusform>%1 of %n course</numerusform>
            <numerusform>%1 of %n courses</numerusform>
        </translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation>No course matches “%1”.</translation>
    </message>
    <message>
        <source>No course matches these filters.</source>
        <translation>No course matches these filters.</translation>
    </message>
    <message>
        <source>This community has no published courses yet.</source>
        <translation>This community has no published courses yet.</translation>
    </message>
    <message>
        <source>Loading courses…</source>
        <translation>Loading courses…</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CheckoutDialog</name>
    <message>
        <location filename="../ui/commerce/checkout_dialog.cpp"/>
        <source>Test card: 4242 4242 4242 4242 is accepted, 4000 0000 0000 0002 is declined.</source>
        <translation>Test card: 4242 4242 4242 4242 is accepted, 4000 0000 0000 0002 is declined.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Checkout</translation>
    </message>
    <message>
        <source>Membership, renews every year; cancel any time.</source>
        <translation>Membership, renews every year; cancel any time.</translation>
    </message>
    <message>
        <source>Membership, renews every month; cancel any time.</source>
        <translation>Membership, renews every month; cancel any time.</translation>
    </message>
    <message>
        <source>Course, yours for good: every lesson, also offline.</source>
        <translation>Course, yours for good: every lesson, also offline.</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Coupon code</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/YY</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Name on the card</translation>
    </message>
    <message>
        <source>CVC</source>
        <translation>CVC</translation>
    </message>
    <message>
        <source>&amp;Card number</source>
        <translation>&amp;Card number</translation>
    </message>
    <message>
        <source>&amp;Expires</source>
        <translation>&amp;Expires</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>C&amp;oupon</source>
        <translation>C&amp;oupon</translation>
    </message>
    <message>
        <source>Sandbox payments: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined.</source>
        <translation>Sandbox payments: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Payment received — thank you!</source>
        <translation>Payment received — thank you!</translation>
    </message>
    <message>
        <source>Start learning</source>
        <translation>Start learning</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Pay %1</translation>
    </message>
    <message>
        <source>The card number is not complete or not valid.</source>
        <translation>The card number is not complete or not valid.</translation>
    </message>
    <message>
        <source>Enter the expiry as MM/YY.</source>
        <translation>Enter the expiry as MM/YY.</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>The card has expired.</translation>
    </message>
    <message>
        <source>Enter the 3 or 4 digits of the security code.</source>
        <translation>Enter the 3 or 4 digits of the security code.</translation>
    </message>
    <message>
        <source>%1 (was %2, coupon %3)</source>
        <translation>%1 (was %2, coupon %3)</translation>
    </message>
    <message>
        <source>Get it free</source>
        <translation>Get it free</translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>Paying…</translation>
    </message>
    <message>
        <source>Order %1
%2
Paid %3 with the card ending in %4.
A receipt is in your wallet.</source>
        <translation>Order %1
%2
Paid %3 with the card ending in %4.
A receipt is in your wallet.</translation>
    </message>
    <message>
        <source>The price has changed: it is now %1. Nothing was charged; check the new total and pay again if you still want it.</source>
        <translation>The price has changed: it is now %1. Nothing was charged; check the new total and pay again if you still want it.</translation>
    </message>
    <message>
        <source>The checkout expired before the payment, so nothing was charged. Here it is again at today&apos;s price, %1: pay again to buy.</source>
        <translation>The checkout expired before the payment, so nothing was charged. Here it is again at today's price, %1: pay again to buy.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::Composer</name>
    <message>
        <location filename="../ui/composer/composer.cpp"/>
        <source>Members to mention</source>
        <translation>Members to mention</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp"/>
        <source>Write a reply… Markdown; Ctrl+Enter sends</source>
        <translation>Write a reply… Markdown; Ctrl+Enter sends</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp"/>
        <source>Show how the reply will look</source>
        <translation>Show how the reply will look</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Write a reply… Markdown is supported.</source>
        <translation>Write a reply… Markdown is supported.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Reply to the thread instead</source>
        <translation>Reply to the thread instead</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Cancel reply</translation>
    </message>
    <message>
        <source>Markdown · Ctrl+Enter to send</source>
        <translation>Markdown · Ctrl+Enter to send</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Send (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Replying to %1</translation>
    </message>
    <message>
        <source>Editing your post</source>
        <translation>Editing your post</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CourseCardDelegate</name>
    <message>
        <location filename="../ui/catalogue/course_card_delegate.cpp"/>
        <source>Owned</source>
        <translation>Owned</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message>
        <source>Free preview</source>
        <translation>Free preview</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CoursePage</name>
    <message>
        <location filename="../ui/course/course_page.cpp" line="279"/>
        <source>Back to %1</source>
        <translation>Back to %1</translation>
    </message>
    <message>
        <location filename="../ui/course/course_page.cpp" line="278"/>
        <source>Back to %1 (Alt+Left)</source>
        <translation>Back to %1 (Alt+Left)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/course/course_page.cpp"/>
        <source>%1 of %n lesson(s) done</source>
        <translation>
            <numerusform>%1 of %n lesson done</numerusform>
            <numerusform>%1 of %n lessons done</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/course/course_page.cpp"/>
        <source>Owned</source>
        <translation>Owned</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Ask a question</translation>
    </message>
    <message>
        <source>Back to the catalogue (Alt+Left)</source>
        <translation>Back to the catalogue (Alt+Left)</translation>
    </message>
    <message>
        <source>Course description</source>
        <translation>Course description</translation>
    </message>
    <message>
        <source>Syllabus</source>
        <translation>Syllabus</translation>
    </message>
    <message>
        <source>Course discussions</source>
        <translation>Course discussions</translation>
    </message>
    <message>
        <source>No questions yet. Ask the first one.</source>
        <translation>No questions yet. Ask the first one.</translation>
    </message>
    <message>
        <source>About this course</source>
        <translation>About this course</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Loading the course…</source>
        <translation>Loading the course…</translation>
    </message>
    <message>
        <source>This course is no longer available.</source>
        <translation>This course is no longer available.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 in total</translation>
    </message>
    <message numerus="yes">
        <source>%n free preview(s)</source>
        <translation>
            <numerusform>%n free preview</numerusform>
            <numerusform>%n free previews</numerusform>
        </translation>
    </message>
    <message>
        <source>Or join the membership</source>
        <translation>Or join the membership</translation>
    </message>
    <message>
        <source>Buy for %1</source>
        <translation>Buy for %1</translation>
    </message>
    <message>
        <source>Free: every lesson is open to you.</source>
        <translation>Free: every lesson is open to you.</translation>
    </message>
    <message>
        <source>Yours: every lesson is open to you, also offline.</source>
        <translation>Yours: every lesson is open to you, also offline.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) unlock when you buy the course or join the membership; free previews open now.</source>
        <translation>
            <numerusform>One lesson unlocks when you buy the course or join the membership; free previews open now.</numerusform>
            <numerusform>%n lessons unlock when you buy the course or join the membership; free previews open now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to the internet to confirm your access: paid lessons open again after the next sync.</source>
        <translation>Connect to the internet to confirm your access: paid lessons open again after the next sync.</translation>
    </message>
    <message>
        <source>Ratings and reviews</source>
        <translation>Ratings and reviews</translation>
    </message>
    <message numerus="yes">
        <source>★ %1 · %n rating(s)</source>
        <translation>
            <numerusform>★ %1 · %n rating</numerusform>
            <numerusform>★ %1 · %n ratings</numerusform>
        </translation>
    </message>
    <message>
        <source>Builds on: %1</source>
        <translation>Builds on: %1</translation>
    </message>
    <message>
        <location filename="../ui/course/course_page.cpp"/>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <location filename="../ui/course/course_page.cpp"/>
        <source>Copy a lyceum:// link to this course</source>
        <translation>Copy a lyceum:// link to this course</translation>
    </message>
    <message>
        <location filename="../ui/course/course_page.cpp" line="0"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::DailyChart</name>
    <message>
        <source>Net revenue and enrolments by day</source>
        <translation>Net revenue and enrolments by day</translation>
    </message>
    <message>
        <source>No sales, enrolments or replies yet.</source>
        <translation>No sales, enrolments or replies yet.</translation>
    </message>
    <message>
        <source>Net revenue per day (max %1)</source>
        <translation>Net revenue per day (max %1)</translation>
    </message>
    <message>
        <source>Enrolments (max %1)</source>
        <translation>Enrolments (max %1)</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_charts.cpp" line="74"/>
        <source>No net revenue in this period</source>
        <translation>No net revenue in this period</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_charts.cpp" line="79"/>
        <source>No enrolments in this period</source>
        <translation>No enrolments in this period</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::DemoLauncher</name>
    <message numerus="yes">
        <source>The demo community did not start within %n second(s).</source>
        <translation>
            <numerusform>The demo community did not start within %n second.</numerusform>
            <numerusform>The demo community did not start within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo server was not found at %1. Reinstall Lyceum, or sign in to a community with --profile.</source>
        <translation>The demo server was not found at %1. Reinstall Lyceum, or sign in to a community with --profile.</translation>
    </message>
    <message>
        <source>Could not create the demo data folder %1.</source>
        <translation>Could not create the demo data folder %1.</translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>The demo server could not be started: %1</translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1). %2</source>
        <translation>The demo server stopped (exit code %1). %2</translation>
    </message>
    <message>
        <location filename="../ui/demo/demo_launcher.cpp"/>
        <source>The demo data folder %1 cannot be used.</source>
        <translation>The demo data folder %1 cannot be used.</translation>
    </message>
    <message>
        <location filename="../ui/demo/demo_launcher.cpp"/>
        <source>Another program (process %1) is using the demo data folder %2.</source>
        <translation>Another program (process %1) is using the demo data folder %2.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::DiscussionsPage</name>
    <message>
        <source>Only the community's team (teachers, moderators and admins) starts threads in this space.</source>
        <translation>Only the community's team (teachers, moderators and admins) starts threads in this space.</translation>
    </message>
    <message>
        <source>Only members of this space's courses can start threads here.</source>
        <translation>Only members of this space's courses can start threads here.</translation>
    </message>
    <message>
        <source>Only the community's team (teachers, moderators and admins) replies in this space.</source>
        <translation>Only the community's team (teachers, moderators and admins) replies in this space.</translation>
    </message>
    <message>
        <source>Only members of this space's courses can reply here.</source>
        <translation>Only members of this space's courses can reply here.</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>New thread</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Spaces</translation>
    </message>
    <message>
        <source>Start a thread in this space (Ctrl+N)</source>
        <translation>Start a thread in this space (Ctrl+N)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>No threads here yet. Start the first one.</source>
        <translation>No threads here yet. Start the first one.</translation>
    </message>
    <message>
        <location filename="../ui/discussions/discussions_page.cpp" line="0"/>
        <source>Choose a space</source>
        <translation>Choose a space</translation>
    </message>
    <message>
        <location filename="../ui/discussions/discussions_page.cpp" line="0"/>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location filename="../ui/discussions/discussions_page.cpp"/>
        <source>This space is closed: you can read it, but only the community's team posts here.</source>
        <translation>This space is closed: you can read it, but only the community's team posts here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discussions/discussions_page.cpp"/>
        <source>Slow mode: one post every %n second(s) here.</source>
        <translation>
            <numerusform>Slow mode: one post every %n second here.</numerusform>
            <numerusform>Slow mode: one post every %n seconds here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discussions/discussions_page.cpp"/>
        <source>You can post again in %n second(s).</source>
        <translation>
            <numerusform>You can post again in %n second.</numerusform>
            <numerusform>You can post again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::DownloadsPage</name>
    <message>
        <location filename="../ui/downloads/downloads_page.cpp" line="46"/>
        <source>Lesson videos kept on this computer to watch offline. Paid ones are stored encrypted and are removed when the course is no longer yours.</source>
        <translation>Lesson videos kept on this computer to watch offline. Paid ones are stored encrypted and are removed when the course is no longer yours.</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <source>Downloading %1 %</source>
        <translation>Downloading %1 %</translation>
    </message>
    <message>
        <source>Waiting its turn</source>
        <translation>Waiting its turn</translation>
    </message>
    <message>
        <source>Paused at %1 %</source>
        <translation>Paused at %1 %</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Stopped: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Lesson videos kept on this computer to watch offline. Paid ones are sealed with a key in the system keychain and are removed when the course is no longer yours.</source>
        <translation>Lesson videos kept on this computer to watch offline. Paid ones are sealed with a key in the system keychain and are removed when the course is no longer yours.</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Nothing downloaded yet. Open a lesson with a video and choose “Download for offline”.</source>
        <translation>Nothing downloaded yet. Open a lesson with a video and choose “Download for offline”.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Space for downloads</source>
        <translation>Space for downloads</translation>
    </message>
    <message>
        <source>Space for downloads:</source>
        <translation>Space for downloads:</translation>
    </message>
    <message>
        <source>%1 used of %2 GB</source>
        <translation>%1 used of %2 GB</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::DraftDetails</name>
    <message>
        <source>Free preview: anyone may watch or read it</source>
        <translation>Free preview: anyone may watch or read it</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>One lesson title per line</source>
        <translation>One lesson title per line</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Price</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Course</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Where</translation>
    </message>
    <message>
        <source>Choose a course…</source>
        <translation>Choose a course…</translation>
    </message>
    <message>
        <source>Choose where it goes…</source>
        <translation>Choose where it goes…</translation>
    </message>
    <message>
        <source>Course: %1</source>
        <translation>Course: %1</translation>
    </message>
    <message>
        <source>Space: %1</source>
        <translation>Space: %1</translation>
    </message>
    <message>
        <source>Give it a title first.</source>
        <translation>Give it a title first.</translation>
    </message>
    <message>
        <source>Choose the course this lesson belongs to.</source>
        <translation>Choose the course this lesson belongs to.</translation>
    </message>
    <message>
        <source>Choose where to post it.</source>
        <translation>Choose where to post it.</translation>
    </message>
    <message>
        <source>Write something to post.</source>
        <translation>Write something to post.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Attach a video…</source>
        <translation>Attach a video…</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Attach a video</source>
        <translation>Attach a video</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.m4v *.webm)</source>
        <translation>Videos (*.mp4 *.m4v *.webm)</translation>
    </message>
    <message>
        <source>No video: a text lesson</source>
        <translation>No video: a text lesson</translation>
    </message>
    <message>
        <source>%1 (uploaded)</source>
        <translation>%1 (uploaded)</translation>
    </message>
    <message>
        <source>%1 (%2 MB, uploaded once the lesson is published)</source>
        <translation>%1 (%2 MB, uploaded once the lesson is published)</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::DraftEditor</name>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Write in Markdown…</source>
        <translation>Write in Markdown…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Saved on this computer at %1</source>
        <translation>Saved on this computer at %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>History of the draft</source>
        <translation>History of the draft</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <source>Insert image…</source>
        <translation>Insert image…</translation>
    </message>
    <message>
        <source>A PNG, JPEG, GIF or WebP picture up to 1 MB, sent when online</source>
        <translation>A PNG, JPEG, GIF or WebP picture up to 1 MB, sent when online</translation>
    </message>
    <message>
        <source>Insert an image</source>
        <translation>Insert an image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>The image was not added: %1</source>
        <translation>The image was not added: %1</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::FunnelChart</name>
    <message>
        <source>Learners who started and finished each lesson</source>
        <translation>Learners who started and finished each lesson</translation>
    </message>
    <message>
        <source>Choose one course to see its lessons.</source>
        <translation>Choose one course to see its lessons.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_charts.cpp" line="158"/>
        <source>not started yet</source>
        <translation>not started yet</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::HomePage</name>
    <message>
        <location filename="../ui/home/home_page.cpp"/>
        <source>Got it</source>
        <translation>Got it</translation>
    </message>
    <message>
        <location filename="../ui/home/home_page.cpp"/>
        <source>Since your last visit, %1.</source>
        <translation>Since your last visit, %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/home/home_page.cpp"/>
        <source>%n more not shown. </source>
        <translation>
            <numerusform>%n more not shown. </numerusform>
            <numerusform>%n more not shown. </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/home/home_page.cpp"/>
        <source>While you were away</source>
        <translation>While you were away</translation>
    </message>
    <message>
        <location filename="../ui/home/home_page.cpp"/>
        <source>Announcement from %1</source>
        <translation>Announcement from %1</translation>
    </message>
    <message>
        <location filename="../ui/home/home_page.cpp"/>
        <source>%1 replied to you</source>
        <translation>%1 replied to you</translation>
    </message>
    <message>
        <location filename="../ui/home/home_page.cpp"/>
        <source>New lesson in “%1”</source>
        <translation>New lesson in “%1”</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Suggestions are worked out on this computer from what you study; your history is never sent for them.</source>
        <translation>Suggestions are worked out on this computer from what you study; your history is never sent for them.</translation>
    </message>
    <message>
        <source>Because you studied “%1”</source>
        <translation>Because you studied “%1”</translation>
    </message>
    <message>
        <source>Popular in %1</source>
        <translation>Popular in %1</translation>
    </message>
    <message>
        <source>New from %1, whose course you take</source>
        <translation>New from %1, whose course you take</translation>
    </message>
    <message>
        <source>New in %1</source>
        <translation>New in %1</translation>
    </message>
    <message>
        <source>Follows “%1”, which you finished</source>
        <translation>Follows “%1”, which you finished</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Every lesson done</source>
        <translation>Every lesson done</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done</source>
        <translation>%1 of %2 lessons done</translation>
    </message>
    <message>
        <source>Continue learning</source>
        <translation>Continue learning</translation>
    </message>
    <message>
        <source>Open a lesson from any course and it waits for you here.</source>
        <translation>Open a lesson from any course and it waits for you here.</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>For you</translation>
    </message>
    <message>
        <source>Nothing to suggest yet.</source>
        <translation>Nothing to suggest yet.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>New in your topics</source>
        <translation>New in your topics</translation>
    </message>
    <message>
        <source>No new courses in your topics lately.</source>
        <translation>No new courses in your topics lately.</translation>
    </message>
    <message>
        <source>Builds on “%1”, which you finished</source>
        <translation>Builds on “%1”, which you finished</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::LessonDialog</name>
    <message>
        <source>Free preview</source>
        <translation>Free preview</translation>
    </message>
    <message>
        <source>This lesson is locked. It opens once you own the course.</source>
        <translation>This lesson is locked. It opens once you own the course.</translation>
    </message>
    <message>
        <source>This lesson has no text.</source>
        <translation>This lesson has no text.</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Lesson text</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Done ✓</translation>
    </message>
    <message>
        <location filename="../ui/course/lesson_dialog.cpp"/>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <location filename="../ui/course/lesson_dialog.cpp"/>
        <source>Copy a lyceum:// link to this lesson at the current time</source>
        <translation>Copy a lyceum:// link to this lesson at the current time</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::LessonPlayer</name>
    <message>
        <location filename="../ui/player/lesson_player.cpp" line="620"/>
        <source>That was the last lesson with a video in this course.</source>
        <translation>That was the last lesson with a video in this course.</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Play or pause (Space)</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Mute (M)</translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation>Full screen (F)</translation>
    </message>
    <message>
        <source>Play the next lesson</source>
        <translation>Play the next lesson</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Jump to a chapter</source>
        <translation>Jump to a chapter</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Speed ([ slower, ] faster)</source>
        <translation>Speed ([ slower, ] faster)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Captions</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Back 10 seconds (←)</source>
        <translation>Back 10 seconds (←)</translation>
    </message>
    <message>
        <source>Forward 10 seconds (→)</source>
        <translation>Forward 10 seconds (→)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes; Enter or a click jumps there, Delete removes</source>
        <translation>Notes; Enter or a click jumps there, Delete removes</translation>
    </message>
    <message>
        <source>A note at this moment…</source>
        <translation>A note at this moment…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Downloading %1 % · Pause</source>
        <translation>Downloading %1 % · Pause</translation>
    </message>
    <message>
        <source>Add a note at %1</source>
        <translation>Add a note at %1</translation>
    </message>
    <message>
        <source>Loading the video…</source>
        <translation>Loading the video…</translation>
    </message>
    <message>
        <source>Captions off</source>
        <translation>Captions off</translation>
    </message>
    <message>
        <source>The downloaded video cannot be opened: %1</source>
        <translation>The downloaded video cannot be opened: %1</translation>
    </message>
    <message>
        <source>Playing the copy on this computer.</source>
        <translation>Playing the copy on this computer.</translation>
    </message>
    <message>
        <source>Continuing from %1.</source>
        <translation>Continuing from %1.</translation>
    </message>
    <message>
        <source>This computer cannot decode this video (%1). Installing GStreamer's libav plugins (Debian: gstreamer1.0-libav) usually fixes it.</source>
        <translation>This computer cannot decode this video (%1). Installing GStreamer's libav plugins (Debian: gstreamer1.0-libav) usually fixes it.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>The video could not be played: %1. Press play to try again.</source>
        <translation>The video could not be played: %1. Press play to try again.</translation>
    </message>
    <message>
        <source>Jump to %1</source>
        <translation>Jump to %1</translation>
    </message>
    <message>
        <source>No notes yet. Write one below: it keeps the moment of the video.</source>
        <translation>No notes yet. Write one below: it keeps the moment of the video.</translation>
    </message>
    <message>
        <source>Downloaded ✓ · Remove</source>
        <translation>Downloaded ✓ · Remove</translation>
    </message>
    <message>
        <source>Downloading… · Pause</source>
        <translation>Downloading… · Pause</translation>
    </message>
    <message>
        <source>Resume download (%1 %)</source>
        <translation>Resume download (%1 %)</translation>
    </message>
    <message>
        <source>Download for offline</source>
        <translation>Download for offline</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::LoginDialog</name>
    <message>
        <location filename="../ui/login/login_dialog.cpp"/>
        <source>New here? Create an account on this community</source>
        <translation>New here? Create an account on this community</translation>
    </message>
    <message>
        <location filename="../ui/login/login_dialog.cpp"/>
        <source>Create an account…</source>
        <translation>Create an account…</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Remember me on this computer</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Sign in to Lyceum</source>
        <translation>Sign in to Lyceum</translation>
    </message>
    <message>
        <source>Lyceum</source>
        <translation>Lyceum</translation>
    </message>
    <message>
        <source>Sign in to your learning community.</source>
        <translation>Sign in to your learning community.</translation>
    </message>
    <message>
        <source>https://community.example.com</source>
        <translation>https://community.example.com</translation>
    </message>
    <message>
        <source>your_handle</source>
        <translation>your_handle</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation>&amp;Handle</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>No keychain is available, so you will need to sign in again next time. %1</source>
        <translation>No keychain is available, so you will need to sign in again next time. %1</translation>
    </message>
    <message>
        <source>Enter the address of your community, for example https://community.example.com.</source>
        <translation>Enter the address of your community, for example https://community.example.com.</translation>
    </message>
    <message>
        <source>The handle or the password is wrong.</source>
        <translation>The handle or the password is wrong.</translation>
    </message>
    <message>
        <source>Signing in failed. Check the server address and your connection.</source>
        <translation>Signing in failed. Check the server address and your connection.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written as %1 have not been sent yet. Signing in as another account deletes them from this computer. To keep them, sign in as %1 and let them send; to go on, press "Discard and sign in".</source>
        <translation>
            <numerusform>%n change written as %1 has not been sent yet. Signing in as another account deletes it from this computer. To keep it, sign in as %1 and let it send; to go on, press "Discard and sign in".</numerusform>
            <numerusform>%n changes written as %1 have not been sent yet. Signing in as another account deletes them from this computer. To keep them, sign in as %1 and let them send; to go on, press "Discard and sign in".</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard and sign in</source>
        <translation>Discard and sign in</translation>
    </message>
    <message>
        <source>Too many attempts, try again in %1 s.</source>
        <translation>Too many attempts, try again in %1 s.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.cpp"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp"/>
        <source>My library</source>
        <translation>My library</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>Previous course</source>
        <translation>Previous course</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>Discussions</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Lyceum</source>
        <translation>Lyceum</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>You're offline — reading from this computer; what you write is sent when you're back online.</source>
        <translation>You're offline — reading from this computer; what you write is sent when you're back online.</translation>
    </message>
    <message>
        <source>This community offers no membership.</source>
        <translation>This community offers no membership.</translation>
    </message>
    <message>
        <source>%1 — %2 per %3</source>
        <translation>%1 — %2 per %3</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="0"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::MergeDialog</name>
    <message>
        <source>Compare the two versions</source>
        <translation>Compare the two versions</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Nothing is lost: keep either version, or edit yours on the right to take what you want from theirs.</source>
        <translation>Nothing is lost: keep either version, or edit yours on the right to take what you want from theirs.</translation>
    </message>
    <message>
        <source>Your version (editable)</source>
        <translation>Your version (editable)</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Use theirs</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ModerationNoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Moderators' notice</source>
        <translation>Moderators' notice</translation>
    </message>
    <message>
        <source>Hide these notices; they are not shown again</source>
        <translation>Hide these notices; they are not shown again</translation>
    </message>
    <message>
        <source>A moderator stopped you from writing in this community.</source>
        <translation>A moderator stopped you from writing in this community.</translation>
    </message>
    <message>
        <source>A moderator warned you.</source>
        <translation>A moderator warned you.</translation>
    </message>
    <message>
        <source>A moderator warned you about what you wrote in “%1”.</source>
        <translation>A moderator warned you about what you wrote in “%1”.</translation>
    </message>
    <message>
        <source>A moderator removed your reply in “%1”.</source>
        <translation>A moderator removed your reply in “%1”.</translation>
    </message>
    <message>
        <source>A moderator closed your thread “%1” to new replies.</source>
        <translation>A moderator closed your thread “%1” to new replies.</translation>
    </message>
    <message>
        <source>A moderator acted on your account.</source>
        <translation>A moderator acted on your account.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Reason: %1.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n earlier notice(s))</source>
        <translation>
            <numerusform>(and %n earlier notice)</numerusform>
            <numerusform>(and %n earlier notices)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>Appeal…</source>
        <translation>Appeal…</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>Ask the moderators to reconsider, once, with a note</source>
        <translation>Ask the moderators to reconsider, once, with a note</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>Your appeal was granted: the moderators' action was undone.</source>
        <translation>Your appeal was granted: the moderators' action was undone.</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>Your appeal was considered; the moderators' action stands.</source>
        <translation>Your appeal was considered; the moderators' action stands.</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>A post of yours held for review was not published.</source>
        <translation>A post of yours held for review was not published.</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>A post of yours held for review was published.</source>
        <translation>A post of yours held for review was published.</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>A moderator approved your membership: you can post now.</source>
        <translation>A moderator approved your membership: you can post now.</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>A moderator did not approve your membership.</source>
        <translation>A moderator did not approve your membership.</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>Appeal</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>Why should the moderators reconsider? You can appeal this once.</source>
        <translation>Why should the moderators reconsider? You can appeal this once.</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>Your appeal is sent; the outcome will be shown here.</source>
        <translation>Your appeal is sent; the outcome will be shown here.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ModerationPage</name>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Moderation sections</source>
        <translation>Moderation sections</translation>
    </message>
    <message>
        <source>spam</source>
        <translation>spam</translation>
    </message>
    <message>
        <source>abuse</source>
        <translation>abuse</translation>
    </message>
    <message>
        <source>off topic</source>
        <translation>off topic</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>hide</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>ban</source>
        <translation>ban</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>warn</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>undo</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Any reason</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Spam or advertising</source>
        <translation>Spam or advertising</translation>
    </message>
    <message>
        <source>Off topic for this space</source>
        <translation>Off topic for this space</translation>
    </message>
    <message>
        <source>Abusive language</source>
        <translation>Abusive language</translation>
    </message>
    <message>
        <source>Breaks the community rules</source>
        <translation>Breaks the community rules</translation>
    </message>
    <message>
        <source>Reason shown to the author</source>
        <translation>Reason shown to the author</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>Approve (A)</translation>
    </message>
    <message>
        <source>Hide (H)</source>
        <translation>Hide (H)</translation>
    </message>
    <message>
        <source>Delete (D)</source>
        <translation>Delete (D)</translation>
    </message>
    <message>
        <source>Ban (B)</source>
        <translation>Ban (B)</translation>
    </message>
    <message>
        <source>Undo (U)</source>
        <translation>Undo (U)</translation>
    </message>
    <message>
        <source>Showing the queue as last fetched: %1</source>
        <translation>Showing the queue as last fetched: %1</translation>
    </message>
    <message>
        <source>Resolved by another moderator</source>
        <translation>Resolved by another moderator</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>Queued: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting for review.</source>
        <translation>Nothing waiting for review.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>reporter upheld %1 %</source>
        <translation>reporter upheld %1 %</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Priority %1</translation>
    </message>
    <message>
        <source>The action could not be undone: %1</source>
        <translation>The action could not be undone: %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (undone)</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The audit log could not be saved: %1</source>
        <translation>The audit log could not be saved: %1</translation>
    </message>
    <message>
        <source>Another moderator resolved this before your action was sent; nothing of yours was applied. U dismisses it.</source>
        <translation>Another moderator resolved this before your action was sent; nothing of yours was applied. U dismisses it.</translation>
    </message>
    <message>
        <source>Spam score %1 (this computer's classifier)</source>
        <translation>Spam score %1 (this computer's classifier)</translation>
    </message>
    <message>
        <source>Weighed most: %1</source>
        <translation>Weighed most: %1</translation>
    </message>
    <message>
        <source>No spam score yet: the classifier on this computer learns from your decisions and scores once it has seen spam and not spam.</source>
        <translation>No spam score yet: the classifier on this computer learns from your decisions and scores once it has seen spam and not spam.</translation>
    </message>
    <message>
        <source>The author</source>
        <translation>The author</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>joined %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n thread</numerusform>
            <numerusform>%n threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed by moderators</source>
        <translation>
            <numerusform>%n removed by moderators</numerusform>
            <numerusform>%n removed by moderators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warned %n time(s)</source>
        <translation>
            <numerusform>warned %n time</numerusform>
            <numerusform>warned %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>banned</source>
        <translation>banned</translation>
    </message>
    <message>
        <source>Latest replies:</source>
        <translation>Latest replies:</translation>
    </message>
    <message>
        <source>Any spam score</source>
        <translation>Any spam score</translation>
    </message>
    <message>
        <source>Likely spam (0.5 and up)</source>
        <translation>Likely spam (0.5 and up)</translation>
    </message>
    <message>
        <source>Very likely spam (0.9 and up)</source>
        <translation>Very likely spam (0.9 and up)</translation>
    </message>
    <message>
        <source>Spam score</source>
        <translation>Spam score</translation>
    </message>
    <message>
        <source>Warn (W)</source>
        <translation>Warn (W)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting. Keys: j / k move, a approve, h hide, d delete, b ban, w warn, u undo.</source>
        <translation>
            <numerusform>%n item waiting. Keys: j / k move, a approve, h hide, d delete, b ban, w warn, u undo.</numerusform>
            <numerusform>%n items waiting. Keys: j / k move, a approve, h hide, d delete, b ban, w warn, u undo.</numerusform>
        </translation>
    </message>
    <message>
        <source>spam %1</source>
        <translation>spam %1</translation>
    </message>
    <message>
        <source>Spam score %1 (the community's model)</source>
        <translation>Spam score %1 (the community's model)</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp" line="0"/>
        <source>Report details</source>
        <translation>Report details</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Appeal</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Held by a filter</source>
        <translation>Held by a filter</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Appeal against: %1 by %2 (%3)</source>
        <translation>Appeal against: %1 by %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>A grants the appeal (the action is undone); D upholds it. The author is told either way.</source>
        <translation>A grants the appeal (the action is undone); D upholds it. The author is told either way.</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Held by the filter “%1”. A publishes it as its author; D rejects it.</source>
        <translation>Held by the filter “%1”. A publishes it as its author; D rejects it.</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Joined while new members wait for approval. A approves them; D refuses.</source>
        <translation>Joined while new members wait for approval. A approves them; D refuses.</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>appeal granted</source>
        <translation>appeal granted</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>appeal upheld</source>
        <translation>appeal upheld</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>held post published</source>
        <translation>held post published</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>held post rejected</source>
        <translation>held post rejected</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>member approved</source>
        <translation>member approved</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>member refused</source>
        <translation>member refused</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>space rules changed</source>
        <translation>space rules changed</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>filter added</source>
        <translation>filter added</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>filter removed</source>
        <translation>filter removed</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>settings changed</source>
        <translation>settings changed</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Appeals</source>
        <translation>Appeals</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Held by filters</source>
        <translation>Held by filters</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Open in thread (Enter)</source>
        <translation>Open in thread (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>This item has no thread to open.</source>
        <translation>This item has no thread to open.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::NewThreadDialog</name>
    <message>
        <source>New thread</source>
        <translation>New thread</translation>
    </message>
    <message>
        <source>New thread in %1</source>
        <translation>New thread in %1</translation>
    </message>
    <message>
        <source>A clear, specific title</source>
        <translation>A clear, specific title</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>What would you like to discuss? Markdown is supported.</source>
        <translation>What would you like to discuss? Markdown is supported.</translation>
    </message>
    <message>
        <source>Post thread</source>
        <translation>Post thread</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::OutboxModel</name>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Reply in “%1”</source>
        <translation>Reply in “%1”</translation>
    </message>
    <message>
        <source>New thread: %1</source>
        <translation>New thread: %1</translation>
    </message>
    <message>
        <source>Reaction %1</source>
        <translation>Reaction %1</translation>
    </message>
    <message>
        <source>Reaction %1 removed</source>
        <translation>Reaction %1 removed</translation>
    </message>
    <message>
        <source>Change (%1)</source>
        <translation>Change (%1)</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Not accepted: %1</translation>
    </message>
    <message>
        <source>Edit of your post</source>
        <translation>Edit of your post</translation>
    </message>
    <message>
        <source>Deletion of your post</source>
        <translation>Deletion of your post</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::OutboxPanel</name>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Cancel change</source>
        <translation>Cancel change</translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Retry all</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Changes waiting to be sent</translation>
    </message>
    <message>
        <source>Send the selected change again</source>
        <translation>Send the selected change again</translation>
    </message>
    <message>
        <source>Drop the selected change; it is not sent</source>
        <translation>Drop the selected change; it is not sent</translation>
    </message>
    <message>
        <source>Send every change again</source>
        <translation>Send every change again</translation>
    </message>
    <message>
        <source>Cancel this change?</source>
        <translation>Cancel this change?</translation>
    </message>
    <message>
        <source>“%1” will not be sent and is removed from this computer.</source>
        <translation>“%1” will not be sent and is removed from this computer.</translation>
    </message>
    <message>
        <source>Everything you wrote has been sent.</source>
        <translation>Everything you wrote has been sent.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to send</source>
        <translation>
            <numerusform>%n change waiting to send</numerusform>
            <numerusform>%n changes waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not accepted</source>
        <translation>
            <numerusform>%n not accepted</numerusform>
            <numerusform>%n not accepted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::PostListModel</name>
    <message>
        <source>This post was deleted.</source>
        <translation>This post was deleted.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::PostWidget</name>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Save post</source>
        <translation>Save post</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Remove from saved posts</source>
        <translation>Remove from saved posts</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Save this post</source>
        <translation>Save this post</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Remove this post from your saved posts</source>
        <translation>Remove this post from your saved posts</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Remove from your saved posts (Ctrl+S)</source>
        <translation>Remove from your saved posts (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Keep this post in your saved posts (Ctrl+S)</source>
        <translation>Keep this post in your saved posts (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Hidden by a moderator. Reason: %1.</source>
        <translation>Hidden by a moderator. Reason: %1.</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Hidden by a moderator.</source>
        <translation>Hidden by a moderator.</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>You reported this post to the moderators</source>
        <translation>You reported this post to the moderators</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>React to this post</source>
        <translation>React to this post</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Show the replies under this post</source>
        <translation>Show the replies under this post</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Fold the replies under this post away</source>
        <translation>Fold the replies under this post away</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Hide the replies to this post</source>
        <translation>Hide the replies to this post</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>▸ Show %n reply(s)</source>
        <translation>
            <numerusform>▸ Show %n reply</numerusform>
            <numerusform>▸ Show %n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Show %n reply(s) to this post</source>
        <translation>
            <numerusform>Show %n reply to this post</numerusform>
            <numerusform>Show %n replies to this post</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Copy link to this post</source>
        <translation>Copy link to this post</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>✓ Accepted answer</source>
        <translation>✓ Accepted answer</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>This post was deleted.</source>
        <translation>This post was deleted.</translation>
    </message>
    <message>
        <source>Post by %1</source>
        <translation>Post by %1</translation>
    </message>
    <message>
        <source>Remove your reaction</source>
        <translation>Remove your reaction</translation>
    </message>
    <message>
        <source>React with %1</source>
        <translation>React with %1</translation>
    </message>
    <message>
        <source>React</source>
        <translation>React</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Reply to %1</translation>
    </message>
    <message>
        <source>Add a reaction</source>
        <translation>Add a reaction</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Edit and resend</translation>
    </message>
    <message>
        <source>Put the text back in the editor to change it and send it again</source>
        <translation>Put the text back in the editor to change it and send it again</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Remove this reply; it is not sent</source>
        <translation>Remove this reply; it is not sent</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Change your post</source>
        <translation>Change your post</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete your post</source>
        <translation>Delete your post</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Tell the moderators about this post</source>
        <translation>Tell the moderators about this post</translation>
    </message>
    <message>
        <source>Hidden as possible spam.</source>
        <translation>Hidden as possible spam.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show the post hidden as possible spam</source>
        <translation>Show the post hidden as possible spam</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Tell the moderators what is wrong with %1. Only they see your report.</source>
        <translation>Tell the moderators what is wrong with %1. Only they see your report.</translation>
    </message>
    <message>
        <source>Spam or advertising</source>
        <translation>Spam or advertising</translation>
    </message>
    <message>
        <source>Abusive or hateful</source>
        <translation>Abusive or hateful</translation>
    </message>
    <message>
        <source>Off topic</source>
        <translation>Off topic</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>A note for the moderators (optional)</source>
        <translation>A note for the moderators (optional)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tell the moderators what is wrong. Only they see your report.</source>
        <translation>Tell the moderators what is wrong. Only they see your report.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ReviewsPanel</name>
    <message>
        <source>No ratings yet. Learners who take the course can rate it.</source>
        <translation>No ratings yet. Learners who take the course can rate it.</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
    <message>
        <source>What did you think? (optional)</source>
        <translation>What did you think? (optional)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Most helpful first</source>
        <translation>Most helpful first</translation>
    </message>
    <message>
        <source>Order of reviews</source>
        <translation>Order of reviews</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
    <message>
        <source>Your rating: </source>
        <translation>Your rating: </translation>
    </message>
    <message>
        <source>Rate this course: </source>
        <translation>Rate this course: </translation>
    </message>
    <message>
        <source>Update review</source>
        <translation>Update review</translation>
    </message>
    <message>
        <source>Post review</source>
        <translation>Post review</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>A learner</source>
        <translation>A learner</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Not accepted: %1</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <source>The creator answered: %1</source>
        <translation>The creator answered: %1</translation>
    </message>
    <message>
        <source>Helpful (%1)</source>
        <translation>Helpful (%1)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Edit answer</source>
        <translation>Edit answer</translation>
    </message>
    <message>
        <source>Answer the review</source>
        <translation>Answer the review</translation>
    </message>
    <message>
        <source>Your answer, shown under the review:</source>
        <translation>Your answer, shown under the review:</translation>
    </message>
    <message>
        <location filename="../ui/course/reviews_panel.cpp" line="0"/>
        <source>Your review</source>
        <translation>Your review</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ScreenshotTour</name>
    <message>
        <source>Thanks, this helped! A **short** example:

```
print("你好")
```</source>
        <translation>Thanks, this helped! A **short** example:

```
print("你好")
```</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>How do you plan your study week?</source>
        <translation>How do you plan your study week?</translation>
    </message>
    <message>
        <source>I am trying to fit **two lessons** a week into a busy schedule. What works for you?</source>
        <translation>I am trying to fit **two lessons** a week into a busy schedule. What works for you?</translation>
    </message>
    <message>
        <source>Writing this on the train; it goes out when I am back online.</source>
        <translation>Writing this on the train; it goes out when I am back online.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SearchPage</name>
    <message>
        <location filename="../ui/search/search_page.cpp" line="154"/>
        <source>Nothing matches “%1”. Check the spelling, use fewer words, or try the other language: Chinese posts are found with Chinese words.</source>
        <translation>Nothing matches “%1”. Check the spelling, use fewer words, or try the other language: Chinese posts are found with Chinese words.</translation>
    </message>
    <message>
        <location filename="../ui/search/search_page.cpp" line="151"/>
        <source>Try a course or a topic (“SQL”, “数据分析”), a question you have, or a person&apos;s name. Everything synced to this computer is searched, even offline.</source>
        <translation>Try a course or a topic (“SQL”, “数据分析”), a question you have, or a person&apos;s name. Everything synced to this computer is searched, even offline.</translation>
    </message>
    <message>
        <location filename="../ui/search/search_page.cpp" line="148"/>
        <source>Type a word or two to search this community: course titles and descriptions, lessons, discussion threads and replies, in Chinese or English.</source>
        <translation>Type a word or two to search this community: course titles and descriptions, lessons, discussion threads and replies, in Chinese or English.</translation>
    </message>
    <message>
        <location filename="../ui/search/search_page.cpp" line="134"/>
        <source>Nothing found for “%1”; showing results for “%2”.</source>
        <translation>Nothing found for “%1”; showing results for “%2”.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search courses, lessons and discussions — 中文 and English</source>
        <translation>Search courses, lessons and discussions — 中文 and English</translation>
    </message>
    <message>
        <source>Works offline: everything synced to this computer is searched.</source>
        <translation>Works offline: everything synced to this computer is searched.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>The %n best results</source>
        <translation>
            <numerusform>The best result</numerusform>
            <numerusform>The %n best results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/search/search_page.cpp" line="0"/>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SearchResultsModel</name>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp"/>
        <source>&amp;Devices signed in…</source>
        <translation>&amp;Devices signed in…</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp"/>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Stay signed in</source>
        <translation>Stay signed in</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Only until Lyceum quits: you will be asked to sign in again next time. To stay signed in, sign out and sign in with “Remember me on this computer” ticked.</source>
        <translation>Only until Lyceum quits: you will be asked to sign in again next time. To stay signed in, sign out and sign in with “Remember me on this computer” ticked.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Yes, on this computer, until you sign out.</source>
        <translation>Yes, on this computer, until you sign out.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>&amp;Folder</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Videos you download from now on are kept in this folder. Those already downloaded stay where they are and still play; remove one and download it again to move it. Paid videos are stored encrypted and play only in Lyceum.</source>
        <translation>Videos you download from now on are kept in this folder. Those already downloaded stay where they are and still play; remove one and download it again to move it. Paid videos are stored encrypted and play only in Lyceum.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Folder for downloaded lessons</source>
        <translation>Folder for downloaded lessons</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>In Lyceum&apos;s own data folder</source>
        <translation>In Lyceum&apos;s own data folder</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Download folder</source>
        <translation>Download folder</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Caption si&amp;ze</source>
        <translation>Caption si&amp;ze</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Start at &amp;speed</source>
        <translation>Start at &amp;speed</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Lesson videos</source>
        <translation>Lesson videos</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Show &amp;captions when a video has them</source>
        <translation>Show &amp;captions when a video has them</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Normal (1×)</source>
        <translation>Normal (1×)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>A new language applies after Lyceum restarts.</source>
        <translation>A new language applies after Lyceum restarts.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Interface language</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Kept in the system keychain.</source>
        <translation>Kept in the system keychain.</translation>
    </message>
    <message>
        <source>Kept in memory only: you sign in again after a restart.</source>
        <translation>Kept in memory only: you sign in again after a restart.</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sign out of this community? Your downloaded content stays on this computer.</source>
        <translation>Sign out of this community? Your downloaded content stays on this computer.</translation>
    </message>
    <message>
        <source>Restart Lyceum</source>
        <translation>Restart Lyceum</translation>
    </message>
    <message>
        <source>Restart Lyceum now to switch the language?</source>
        <translation>Restart Lyceum now to switch the language?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>&amp;Notify me of replies and mentions while Lyceum is in the background</source>
        <translation>&amp;Notify me of replies and mentions while Lyceum is in the background</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp"/>
        <source>&amp;Start Lyceum when I sign in to this computer</source>
        <translation>&amp;Start Lyceum when I sign in to this computer</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp"/>
        <source>Start at login</source>
        <translation>Start at login</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>&amp;Colours</source>
        <translation>&amp;Colours</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>High co&amp;ntrast</source>
        <translation>High co&amp;ntrast</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>&amp;Text size</source>
        <translation>&amp;Text size</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::Sidebar</name>
    <message>
        <location filename="../ui/shell/sidebar.cpp"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/sidebar.cpp"/>
        <source>Inbox, %n unread</source>
        <translation>
            <numerusform>Inbox, %n unread</numerusform>
            <numerusform>Inbox, %n unread</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/sidebar.cpp"/>
        <source>Inbox (%1)</source>
        <translation>Inbox (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/sidebar.cpp"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../ui/shell/sidebar.cpp"/>
        <source>My library</source>
        <translation>My library</translation>
    </message>
    <message>
        <source>Lyceum</source>
        <translation>Lyceum</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location filename="../ui/shell/sidebar.cpp" line="0"/>
        <source>Shortcut: %1</source>
        <translation>Shortcut: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/sidebar.cpp" line="0"/>
        <source>L</source>
        <comment>the brand&apos;s initial in the narrow sidebar</comment>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../ui/shell/sidebar.cpp" line="0"/>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SpaceListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::StartupWindow</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Lyceum</source>
        <translation>Lyceum</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::StudioPage</name>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>Changed since publishing</source>
        <translation>Changed since publishing</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>Scheduled for %1</source>
        <translation>Scheduled for %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>Publishing when online</source>
        <translation>Publishing when online</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>See it as a learner will (Ctrl+Shift+P)</source>
        <translation>See it as a learner will (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>Preview as learner</source>
        <translation>Preview as learner</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>Publish…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>Assignments to review</source>
        <translation>Assignments to review</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Announcement</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Compare…</translation>
    </message>
    <message>
        <source>Cancel the schedule</source>
        <translation>Cancel the schedule</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Choose a draft, or start one with New. Drafts are kept on this computer as you type and reach your other devices when online.</source>
        <translation>Choose a draft, or start one with New. Drafts are kept on this computer as you type and reach your other devices when online.</translation>
    </message>
    <message>
        <source>Publish (Ctrl+Enter)</source>
        <translation>Publish (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>Delete the draft</translation>
    </message>
    <message>
        <source>Delete “%1” and its history from this computer and your other devices? What was published stays published.</source>
        <translation>Delete “%1” and its history from this computer and your other devices? What was published stays published.</translation>
    </message>
    <message>
        <source>Schedule publishing</source>
        <translation>Schedule publishing</translation>
    </message>
    <message>
        <source>The server publishes it at this time, even if this computer is off or offline then.</source>
        <translation>The server publishes it at this time, even if this computer is off or offline then.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>To be scheduled for %1 when online.</source>
        <translation>To be scheduled for %1 when online.</translation>
    </message>
    <message>
        <source>Publishing when online…</source>
        <translation>Publishing when online…</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Not published: %1</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>Scheduled for %1.</translation>
    </message>
    <message>
        <source>Scheduled publishing failed: %1</source>
        <translation>Scheduled publishing failed: %1</translation>
    </message>
    <message>
        <source>Published %1.</source>
        <translation>Published %1.</translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation>Not published yet.</translation>
    </message>
    <message>
        <source>Edits a published item; publish to update it.</source>
        <translation>Edits a published item; publish to update it.</translation>
    </message>
    <message>
        <source>This draft was also changed on another device (saved %1). Both versions are kept: compare them and choose.</source>
        <translation>This draft was also changed on another device (saved %1). Both versions are kept: compare them and choose.</translation>
    </message>
    <message>
        <source>The published version was changed elsewhere since this draft was based on it. Nothing was overwritten: compare the two and publish again.</source>
        <translation>The published version was changed elsewhere since this draft was based on it. Nothing was overwritten: compare the two and publish again.</translation>
    </message>
    <message>
        <source>The other device's version</source>
        <translation>The other device's version</translation>
    </message>
    <message>
        <source>Keep the text on the right</source>
        <translation>Keep the text on the right</translation>
    </message>
    <message>
        <source>Fetching the published version…</source>
        <translation>Fetching the published version…</translation>
    </message>
    <message>
        <source>Published version</source>
        <translation>Published version</translation>
    </message>
    <message>
        <source>Publish the text on the right</source>
        <translation>Publish the text on the right</translation>
    </message>
    <message>
        <source>Uploading the video: %1 %</source>
        <translation>Uploading the video: %1 %</translation>
    </message>
    <message>
        <source>The video was not uploaded: %1. It is tried again at the next sync.</source>
        <translation>The video was not uploaded: %1. It is tried again at the next sync.</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp" line="0"/>
        <source>Studio sections</source>
        <translation>Studio sections</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp" line="95"/>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SyllabusDelegate</name>
    <message>
        <source>Free preview</source>
        <translation>Free preview</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SyllabusModel</name>
    <message>
        <location filename="../ui/course/syllabus_model.cpp"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../ui/course/syllabus_model.cpp"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../ui/course/syllabus_model.cpp"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Locked: buy the course to open this lesson.</source>
        <translation>Locked: buy the course to open this lesson.</translation>
    </message>
    <message>
        <source>Free preview: open to everyone.</source>
        <translation>Free preview: open to everyone.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>free preview</source>
        <translation>free preview</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SyncStatusWidget</name>
    <message>
        <source>Sync now (F5)</source>
        <translation>Sync now (F5)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n change(s)</source>
        <translation>
            <numerusform>Syncing… %n change</numerusform>
            <numerusform>Syncing… %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) waiting to send</source>
        <translation>
            <numerusform>%n post waiting to send</numerusform>
            <numerusform>%n posts waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) not accepted</source>
        <translation>
            <numerusform>%n post not accepted</numerusform>
            <numerusform>%n posts not accepted</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/sync_status_widget.cpp" line="94"/>
        <source>Indexing for search: %1 %</source>
        <translation>Indexing for search: %1 %</translation>
    </message>
    <message>
        <source>Show what is waiting to be sent (Ctrl+Shift+O)</source>
        <translation>Show what is waiting to be sent (Ctrl+Shift+O)</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ThreadItemDelegate</name>
    <message>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ThreadListModel</name>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ThreadView</name>
    <message>
        <location filename="../ui/discussions/thread_view.cpp"/>
        <source>Reported. Thank you: the moderators will review it; nobody else sees who reported it.</source>
        <translation>Reported. Thank you: the moderators will review it; nobody else sees who reported it.</translation>
    </message>
    <message>
        <location filename="../ui/discussions/thread_view.cpp"/>
        <source>Report sent</source>
        <translation>Report sent</translation>
    </message>
    <message>
        <location filename="../ui/discussions/thread_view.cpp"/>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <location filename="../ui/discussions/thread_view.cpp"/>
        <source>Copy a lyceum:// link to this thread</source>
        <translation>Copy a lyceum:// link to this thread</translation>
    </message>
    <message>
        <source>Select a thread to read it.</source>
        <translation>Select a thread to read it.</translation>
    </message>
    <message>
        <source>Loading the thread…</source>
        <translation>Loading the thread…</translation>
    </message>
    <message>
        <source>This thread is no longer available.</source>
        <translation>This thread is no longer available.</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Pinned</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message numerus="yes">
        <source>Started by %1 · %2 · %n reply(s)</source>
        <translation>
            <numerusform>Started by %1 · %2 · %n reply</numerusform>
            <numerusform>Started by %1 · %2 · %n replies</numerusform>
        </translation>
    </message>
    <message>
        <source>This thread is locked: new replies are closed.</source>
        <translation>This thread is locked: new replies are closed.</translation>
    </message>
    <message>
        <source>Discard this reply?</source>
        <translation>Discard this reply?</translation>
    </message>
    <message>
        <source>“%1” was not accepted and will be removed from this computer.</source>
        <translation>“%1” was not accepted and will be removed from this computer.</translation>
    </message>
    <message>
        <source>Delete your post?</source>
        <translation>Delete your post?</translation>
    </message>
    <message>
        <source>Delete “%1”? Others will see that a post was deleted.</source>
        <translation>Delete “%1”? Others will see that a post was deleted.</translation>
    </message>
    <message>
        <source>this post</source>
        <translation>this post</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Tell the moderators about this thread or its author</source>
        <translation>Tell the moderators about this thread or its author</translation>
    </message>
    <message>
        <source>this thread</source>
        <translation>this thread</translation>
    </message>
    <message>
        <source>its author, %1</source>
        <translation>its author, %1</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::TrayNotifier</name>
    <message>
        <location filename="../ui/shell/tray_notifier.cpp" line="131"/>
        <source>You have not checked in today yet.</source>
        <translation>You have not checked in today yet.</translation>
    </message>
    <message>
        <location filename="../ui/shell/tray_notifier.cpp" line="130"/>
        <source>Time to check in: %1</source>
        <translation>Time to check in: %1</translation>
    </message>
    <message>
        <source>Lyceum</source>
        <translation>Lyceum</translation>
    </message>
    <message>
        <source>Show Lyceum</source>
        <translation>Show Lyceum</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/tray_notifier.cpp"/>
        <source>Lyceum: %n unread post(s)</source>
        <translation>
            <numerusform>Lyceum: %n unread post</numerusform>
            <numerusform>Lyceum: %n unread posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::WalletPage</name>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Save receipt as PDF…</translation>
    </message>
    <message>
        <source>Request refund</source>
        <translation>Request refund</translation>
    </message>
    <message>
        <source>Cancel renewal</source>
        <translation>Cancel renewal</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Renews or ends</source>
        <translation>Renews or ends</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Loading your purchases…</source>
        <translation>Loading your purchases…</translation>
    </message>
    <message>
        <source>Your purchases could not be loaded: %1</source>
        <translation>Your purchases could not be loaded: %1</translation>
    </message>
    <message>
        <source>Ends at the period's end</source>
        <translation>Ends at the period's end</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Lapsed: the renewal was declined</source>
        <translation>Lapsed: the renewal was declined</translation>
    </message>
    <message>
        <source>Paid · refundable until %1</source>
        <translation>Paid · refundable until %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Declined: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Not paid</translation>
    </message>
    <message>
        <source>%1 (renewal)</source>
        <translation>%1 (renewal)</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>No purchases yet.</translation>
    </message>
    <message>
        <source>Receipts can be saved as PDF.</source>
        <translation>Receipts can be saved as PDF.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Refund %1 for “%2”? You lose access to it.</source>
        <translation>Refund %1 for “%2”? You lose access to it.</translation>
    </message>
    <message>
        <source>The refund was not made: %1</source>
        <translation>The refund was not made: %1</translation>
    </message>
    <message>
        <source>Stop renewing “%1”? It stays active until the period ends.</source>
        <translation>Stop renewing “%1”? It stays active until the period ends.</translation>
    </message>
    <message>
        <source>The renewal was not cancelled: %1</source>
        <translation>The renewal was not cancelled: %1</translation>
    </message>
    <message>
        <source>No membership. A membership opens every course; join it from any course page.</source>
        <translation>No membership. A membership opens every course; join it from any course page.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lyceum, a desktop client for learning communities.</source>
        <translation>Lyceum, a desktop client for learning communities.</translation>
    </message>
    <message>
        <source>Open the demo community.</source>
        <translation>Open the demo community.</translation>
    </message>
    <message>
        <source>Use the account profile in &lt;dir&gt;.</source>
        <translation>Use the account profile in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>Interface language: zh_CN or en.</translation>
    </message>
    <message>
        <source>Save screenshots of every screen to &lt;dir&gt;, then quit.</source>
        <translation>Save screenshots of every screen to &lt;dir&gt;, then quit.</translation>
    </message>
    <message>
        <source>Window size, for example 1024x700.</source>
        <translation>Window size, for example 1024x700.</translation>
    </message>
    <message>
        <location filename="../app/lyceum/main.cpp"/>
        <source>Open a lyceum:// link (in the running window, if any).</source>
        <translation>Open a lyceum:// link (in the running window, if any).</translation>
    </message>
    <message>
        <location filename="../app/lyceum/main.cpp"/>
        <source>A lyceum:// link to open.</source>
        <translation>A lyceum:// link to open.</translation>
    </message>
    <message>
        <location filename="../app/lyceum/main.cpp" line="0"/>
        <source>Colour scheme: light, dark or system.</source>
        <translation>Colour scheme: light, dark or system.</translation>
    </message>
</context>
<context>
    <name>lyceum::ServerAddress</name>
    <message>
        <source>Warning: %1 uses plain http, not https. Your password, your session and everything you read would cross the network unencrypted, where others can read or change them. Use an https:// address unless you trust every network between you and this server.</source>
        <translation>Warning: %1 uses plain http, not https. Your password, your session and everything you read would cross the network unencrypted, where others can read or change them. Use an https:// address unless you trust every network between you and this server.</translation>
    </message>
</context>
<context>
    <name>lyceum::DiscussionsService</name>
    <message>
        <source>A thread belongs to exactly one space, course or lesson.</source>
        <translation>A thread belongs to exactly one space, course or lesson.</translation>
    </message>
    <message>
        <source>A title needs 1 to 200 characters.</source>
        <translation>A title needs 1 to 200 characters.</translation>
    </message>
    <message>
        <source>A post needs 1 to 20,000 characters.</source>
        <translation>A post needs 1 to 20,000 characters.</translation>
    </message>
    <message>
        <source>You are not signed in. Please log in first.</source>
        <translation>You are not signed in. Please log in first.</translation>
    </message>
    <message>
        <source>The thread or the post you reply to does not exist.</source>
        <translation>The thread or the post you reply to does not exist.</translation>
    </message>
</context>
<context>
    <name>lyceum::MediaService</name>
    <message>
        <location filename="../core/client/media_service.cpp" line="280"/>
        <source>Downloads could not be prepared in this profile&apos;s folder: %1</source>
        <translation>Downloads could not be prepared in this profile&apos;s folder: %1</translation>
    </message>
    <message>
        <location filename="../core/client/media_service.cpp" line="250"/>
        <source>Lessons can be downloaded only when Lyceum may remember you on this computer. Sign out, then sign in again with “Remember me on this computer” ticked.</source>
        <translation>Lessons can be downloaded only when Lyceum may remember you on this computer. Sign out, then sign in again with “Remember me on this computer” ticked.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>Downloads are sealed with a key kept in the system keychain, which this profile does not use.</source>
        <translation>Downloads are sealed with a key kept in the system keychain, which this profile does not use.</translation>
    </message>
    <message>
        <source>Downloads are sealed with a key kept in the system keychain, which is not available: %1</source>
        <translation>Downloads are sealed with a key kept in the system keychain, which is not available: %1</translation>
    </message>
    <message>
        <source>There is no such lesson.</source>
        <translation>There is no such lesson.</translation>
    </message>
    <message>
        <source>Downloads need a connection to the server.</source>
        <translation>Downloads need a connection to the server.</translation>
    </message>
    <message>
        <source>Not enough room: this video needs %1 MB more than the space set aside for downloads.</source>
        <translation>Not enough room: this video needs %1 MB more than the space set aside for downloads.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Paused.</translation>
    </message>
    <message>
        <source>The download stopped: %1. It resumes from where it was.</source>
        <translation>The download stopped: %1. It resumes from where it was.</translation>
    </message>
    <message>
        <source>The downloaded video did not match its checksum and was deleted; download it again.</source>
        <translation>The downloaded video did not match its checksum and was deleted; download it again.</translation>
    </message>
    <message>
        <source>This video is not downloaded, and you are offline.</source>
        <translation>This video is not downloaded, and you are offline.</translation>
    </message>
    <message>
        <source>The server's answer for this video was not what was asked for (%1), so the download was stopped. It resumes from where it was.</source>
        <translation>The server's answer for this video was not what was asked for (%1), so the download was stopped. It resumes from where it was.</translation>
    </message>
</context>
<context>
    <name>lyceum::StudioService</name>
    <message>
        <location filename="../core/client/studio_upload.cpp"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <source>The draft could not be published: %1</source>
        <translation>The draft could not be published: %1</translation>
    </message>
    <message>
        <source>The video %1 could not be read: %2</source>
        <translation>The video %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The image is larger than 1 MB; make it smaller first.</source>
        <translation>The image is larger than 1 MB; make it smaller first.</translation>
    </message>
    <message>
        <source>Only PNG, JPEG, GIF and WebP images can be added.</source>
        <translation>Only PNG, JPEG, GIF and WebP images can be added.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::LinkRouter</name>
    <message>
        <location filename="../ui/desktop/link_router.cpp"/>
        <source>Link not opened</source>
        <translation>Link not opened</translation>
    </message>
    <message>
        <location filename="../ui/desktop/link_router.cpp"/>
        <source>This is not a Lyceum link Lyceum can open.</source>
        <translation>This is not a Lyceum link Lyceum can open.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/link_router.cpp"/>
        <source>Lesson not found</source>
        <translation>Lesson not found</translation>
    </message>
    <message>
        <location filename="../ui/desktop/link_router.cpp"/>
        <source>This lesson is not on this computer yet. It appears once Lyceum has synced, if your account may see it.</source>
        <translation>This lesson is not on this computer yet. It appears once Lyceum has synced, if your account may see it.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/link_router.cpp"/>
        <source>Open a link from another community?</source>
        <translation>Open a link from another community?</translation>
    </message>
    <message>
        <location filename="../ui/desktop/link_router.cpp"/>
        <source>This link points into the community at %1, which this window is not signed in to.</source>
        <translation>This link points into the community at %1, which this window is not signed in to.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/link_router.cpp"/>
        <source>Lyceum only talks to that server if you sign in there. Links cannot sign you in.</source>
        <translation>Lyceum only talks to that server if you sign in there. Links cannot sign you in.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/link_router.cpp"/>
        <source>Sign in there…</source>
        <translation>Sign in there…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/link_router.cpp"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <location filename="../ui/desktop/profile_list.cpp"/>
        <source>Demo community</source>
        <translation>Demo community</translation>
    </message>
    <message>
        <location filename="../ui/desktop/profile_list.cpp"/>
        <source>Not signed in (%1)</source>
        <translation>Not signed in (%1)</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ProfileSwitcher</name>
    <message>
        <location filename="../ui/desktop/profile_switcher.cpp"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../ui/desktop/profile_switcher.cpp"/>
        <source>Switch to another community you are signed in to</source>
        <translation>Switch to another community you are signed in to</translation>
    </message>
    <message>
        <location filename="../ui/desktop/profile_switcher.cpp"/>
        <source>Add a community…</source>
        <translation>Add a community…</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SingleInstance</name>
    <message>
        <location filename="../ui/desktop/single_instance.cpp"/>
        <source>Another Lyceum window is already open for this profile.</source>
        <translation>Another Lyceum window is already open for this profile.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../ui/desktop/autostart.cpp"/>
        <source>The Windows registry refused the change.</source>
        <translation>The Windows registry refused the change.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/autostart.cpp"/>
        <source>Could not remove %1.</source>
        <translation>Could not remove %1.</translation>
    </message>
    <message>
        <location filename="../ui/desktop/autostart.cpp"/>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>lyceum::cachereader</name>
    <message>
        <location filename="../core/cache/cache_reader.cpp" line="33"/>
        <source>The local cache could not be read: %1</source>
        <translation>The local cache could not be read: %1</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SpaceRulesPanel</name>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Members of its courses</source>
        <translation>Members of its courses</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>The team only</source>
        <translation>The team only</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Closed: readable, only the team posts</source>
        <translation>Closed: readable, only the team posts</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Save the rules</source>
        <translation>Save the rules</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Hold new members for approval before they post</source>
        <translation>Hold new members for approval before they post</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Who may start threads</source>
        <translation>Who may start threads</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Who may reply</source>
        <translation>Who may reply</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Slow mode: seconds between a member's posts</source>
        <translation>Slow mode: seconds between a member's posts</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Space rules</source>
        <translation>Space rules</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Space:</source>
        <translation>Space:</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Start threads:</source>
        <translation>Start threads:</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Reply:</source>
        <translation>Reply:</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Slow mode:</source>
        <translation>Slow mode:</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>New members will wait for a moderator's approval (they appear in the queue).</source>
        <translation>New members will wait for a moderator's approval (they appear in the queue).</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>New members post at once.</source>
        <translation>New members post at once.</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>The rules of %1 are saved and sent; members see them at their next sync.</source>
        <translation>The rules of %1 are saved and sent; members see them at their next sync.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::FiltersPanel</name>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>blocks</source>
        <translation>blocks</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>holds for review</source>
        <translation>holds for review</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>pattern</source>
        <translation>pattern</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>word</source>
        <translation>word</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Test on recent posts</source>
        <translation>Test on recent posts</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Add filter</source>
        <translation>Add filter</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Keyword filters</source>
        <translation>Keyword filters</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>A word, or a pattern with * and ?</source>
        <translation>A word, or a pattern with * and ?</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Word or phrase</source>
        <translation>Word or phrase</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Pattern (* any, ? one character)</source>
        <translation>Pattern (* any, ? one character)</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Kind of filter</source>
        <translation>Kind of filter</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Hold for review</source>
        <translation>Hold for review</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>What the filter does</source>
        <translation>What the filter does</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Posts the filter would catch</source>
        <translation>Posts the filter would catch</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Full-width and half-width letters match alike, and a word is found inside Chinese text.</source>
        <translation>Full-width and half-width letters match alike, and a word is found inside Chinese text.</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>The filters could not be fetched: %1</source>
        <translation>The filters could not be fetched: %1</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Type a word or a pattern first.</source>
        <translation>Type a word or a pattern first.</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>A pattern has at most %1 wildcards and some letters.</source>
        <translation>A pattern has at most %1 wildcards and some letters.</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>A filter is at most %1 characters.</source>
        <translation>A filter is at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>The filter could not be tested: %1</source>
        <translation>The filter could not be tested: %1</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source> (sending…)</source>
        <translation> (sending…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Would catch %n of the %1 newest posts.</source>
        <translation>
            <numerusform>Would catch %n of the %1 newest posts.</numerusform>
            <numerusform>Would catch %n of the %1 newest posts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::PeoplePanel</name>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>joined %1</source>
        <translation>joined %1</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>banned until %1</source>
        <translation>banned until %1</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>banned for good</source>
        <translation>banned for good</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>membership refused</source>
        <translation>membership refused</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Actions taken</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source> (undone)</source>
        <translation> (undone)</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Reports against them</source>
        <translation>Reports against them</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Latest replies</source>
        <translation>Latest replies</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Ban until</source>
        <translation>Ban until</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Ban for good</source>
        <translation>Ban for good</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Warn</source>
        <translation>Warn</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Look up a member by handle or name</source>
        <translation>Look up a member by handle or name</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Look up a member</source>
        <translation>Look up a member</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Members found</source>
        <translation>Members found</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>The member's record</source>
        <translation>The member's record</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Type a handle or a name and press Enter.</source>
        <translation>Type a handle or a name and press Enter.</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>banned</source>
        <translation>banned</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>The record could not be fetched: %1</source>
        <translation>The record could not be fetched: %1</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Warning sent to %1.</source>
        <translation>Warning sent to %1.</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>%1 is banned; it takes effect once sent.</source>
        <translation>%1 is banned; it takes effect once sent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n thread</numerusform>
            <numerusform>%n threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>%n report(s) against them</source>
        <translation>
            <numerusform>%n report against them</numerusform>
            <numerusform>%n reports against them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>%n member(s) found.</source>
        <translation>
            <numerusform>%n member found.</numerusform>
            <numerusform>%n members found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::LessonPaywall</name>
    <message>
        <location filename="../ui/course/lesson_paywall.cpp"/>
        <source>The membership opens this course and more while it lasts.</source>
        <translation>The membership opens this course and more while it lasts.</translation>
    </message>
    <message>
        <location filename="../ui/course/lesson_paywall.cpp"/>
        <source>Join %1: %2 a month</source>
        <translation>Join %1: %2 a month</translation>
    </message>
    <message>
        <location filename="../ui/course/lesson_paywall.cpp"/>
        <source>Join %1: %2 a year</source>
        <translation>Join %1: %2 a year</translation>
    </message>
    <message>
        <location filename="../ui/course/lesson_paywall.cpp"/>
        <source>Buy the course for %1</source>
        <translation>Buy the course for %1</translation>
    </message>
    <message>
        <location filename="../ui/course/lesson_paywall.cpp"/>
        <source>This lesson opens once you own the course: buy it once and every lesson is yours, also offline.</source>
        <translation>This lesson opens once you own the course: buy it once and every lesson is yours, also offline.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CourseListModel</name>
    <message>
        <location filename="../ui/catalogue/course_list_model.cpp"/>
        <source>owned</source>
        <translation>owned</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::LibraryModel</name>
    <message>
        <location filename="../ui/library/library_model.cpp"/>
        <source>Not opened yet</source>
        <translation>Not opened yet</translation>
    </message>
    <message>
        <location filename="../ui/library/library_model.cpp"/>
        <source>Last opened %1</source>
        <translation>Last opened %1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_model.cpp"/>
        <source>following</source>
        <translation>following</translation>
    </message>
    <message>
        <location filename="../ui/library/library_model.cpp"/>
        <source>owned</source>
        <translation>owned</translation>
    </message>
    <message>
        <location filename="../ui/library/library_model.cpp"/>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../ui/library/library_model.cpp"/>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_model.cpp"/>
        <source>%1 of %n lesson(s) done</source>
        <translation>
            <numerusform>%1 of %n lesson done</numerusform>
            <numerusform>%1 of %n lessons done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::LibraryDelegate</name>
    <message>
        <location filename="../ui/library/library_delegate.cpp"/>
        <source>Following</source>
        <translation>Following</translation>
    </message>
    <message>
        <location filename="../ui/library/library_delegate.cpp"/>
        <source>Owned</source>
        <translation>Owned</translation>
    </message>
    <message>
        <location filename="../ui/library/library_delegate.cpp"/>
        <source>Not opened yet</source>
        <translation>Not opened yet</translation>
    </message>
    <message>
        <location filename="../ui/library/library_delegate.cpp"/>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::LibraryPage</name>
    <message numerus="yes">
        <location filename="../ui/library/library_page.cpp"/>
        <source>%n lesson video(s) queued for download: see Downloads (Ctrl+5).</source>
        <translation>
            <numerusform>%n lesson video queued for download: see Downloads (Ctrl+5).</numerusform>
            <numerusform>%n lesson videos queued for download: see Downloads (Ctrl+5).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.cpp"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.cpp"/>
        <source>Your library could not be read from this computer: %1</source>
        <translation>Your library could not be read from this computer: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.cpp"/>
        <source>Keep every lesson&apos;s video on this computer for offline viewing</source>
        <translation>Keep every lesson&apos;s video on this computer for offline viewing</translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.cpp"/>
        <source>Nothing here yet. Courses you buy, and courses whose lessons you open, appear here with your progress.</source>
        <translation>Nothing here yet. Courses you buy, and courses whose lessons you open, appear here with your progress.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.cpp"/>
        <source>The courses you own or follow, with where you are in each.</source>
        <translation>The courses you own or follow, with where you are in each.</translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.cpp"/>
        <source>My library</source>
        <translation>My library</translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.cpp"/>
        <source>Download the whole course</source>
        <translation>Download the whole course</translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.cpp"/>
        <source>Open course</source>
        <translation>Open course</translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.cpp"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::InboxModel</name>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>Your assignment for “%1” needs work</source>
        <translation>Your assignment for “%1” needs work</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>Your assignment for “%1” was accepted</source>
        <translation>Your assignment for “%1” was accepted</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>New lesson in “%1”: %2</source>
        <translation>New lesson in “%1”: %2</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>%1 mentioned you in “%2”</source>
        <translation>%1 mentioned you in “%2”</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>%1 replied in “%2”</source>
        <translation>%1 replied in “%2”</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>New lesson</source>
        <translation>New lesson</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>Mention</source>
        <translation>Mention</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::InboxPage</name>
    <message numerus="yes">
        <location filename="../ui/inbox/inbox_page.cpp"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_page.cpp"/>
        <source>Nothing here yet. Replies to you, mentions of @%1, moderators' notices and new lessons in your courses will show up here.</source>
        <translation>Nothing here yet. Replies to you, mentions of @%1, moderators' notices and new lessons in your courses will show up here.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_page.cpp"/>
        <source>Enter opens the item, M marks it read, Ctrl+Shift+M marks all read</source>
        <translation>Enter opens the item, M marks it read, Ctrl+Shift+M marks all read</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_page.cpp"/>
        <source>Mark everything in the inbox read (Ctrl+Shift+M)</source>
        <translation>Mark everything in the inbox read (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_page.cpp"/>
        <source>Mark all read</source>
        <translation>Mark all read</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_page.cpp"/>
        <source>Mark the selected item read (M)</source>
        <translation>Mark the selected item read (M)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_page.cpp"/>
        <source>Mark read</source>
        <translation>Mark read</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_page.cpp"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::EmojiPicker</name>
    <message>
        <location filename="../ui/discussions/reaction_picker.cpp"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../ui/discussions/reaction_picker.cpp"/>
        <source>Search emoji</source>
        <translation>Search emoji</translation>
    </message>
    <message>
        <location filename="../ui/discussions/reaction_picker.cpp"/>
        <source>Search emoji (English or 中文)</source>
        <translation>Search emoji (English or 中文)</translation>
    </message>
    <message>
        <location filename="../ui/discussions/reaction_picker.cpp"/>
        <source>Choose a reaction</source>
        <translation>Choose a reaction</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ReactionBar</name>
    <message>
        <location filename="../ui/discussions/reaction_picker.cpp"/>
        <source>Every emoji, with search</source>
        <translation>Every emoji, with search</translation>
    </message>
    <message>
        <location filename="../ui/discussions/reaction_picker.cpp"/>
        <source>More…</source>
        <translation>More…</translation>
    </message>
    <message>
        <location filename="../ui/discussions/reaction_picker.cpp"/>
        <source>React with %1</source>
        <translation>React with %1</translation>
    </message>
    <message>
        <location filename="../ui/discussions/reaction_picker.cpp"/>
        <source>React</source>
        <translation>React</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CodeBlockView</name>
    <message>
        <location filename="../ui/markdown/code_block.cpp" line="90"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ReportView</name>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="24"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="30"/>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="36"/>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="38"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="40"/>
        <source>%1 % (%2 lessons finished)</source>
        <translation>%1 % (%2 lessons finished)</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="45"/>
        <source>Last active</source>
        <translation>Last active</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="61"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="63"/>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="66"/>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="71"/>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="72"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="73"/>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="74"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="87"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="100"/>
        <source>Learners of the course</source>
        <translation>Learners of the course</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="100"/>
        <source>Payouts by month</source>
        <translation>Payouts by month</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="103"/>
        <source>Nobody has enrolled in this course yet. Learners appear here once they buy it or are given it.</source>
        <translation>Nobody has enrolled in this course yet. Learners appear here once they buy it or are given it.</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="105"/>
        <source>No sales yet: each month with a sale or a refund shows here, with its currency on every amount.</source>
        <translation>No sales yet: each month with a sale or a refund shows here, with its currency on every amount.</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="116"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="119"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="122"/>
        <source>Could not write the file: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="39"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CouponsView</name>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="34"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="36"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="39"/>
        <source>%1 % off</source>
        <translation>%1 % off</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="40"/>
        <source>%1 off</source>
        <translation>%1 off</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="44"/>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="47"/>
        <source>All my courses</source>
        <translation>All my courses</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="48"/>
        <source>One course</source>
        <translation>One course</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="51"/>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="54"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="58"/>
        <source>Discounted</source>
        <translation>Discounted</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="61"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="64"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="67"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="69"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="70"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="83"/>
        <source>No coupons yet. A coupon takes a percentage or an amount off one course or all of yours, as often and as long as you say.</source>
        <translation>No coupons yet. A coupon takes a percentage or an amount off one course or all of yours, as often and as long as you say.</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="91"/>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="93"/>
        <source>Create coupon</source>
        <translation>Create coupon</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="94"/>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="107"/>
        <source>e.g. SPRING20</source>
        <translation>e.g. SPRING20</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="109"/>
        <source>Coupon code</source>
        <translation>Coupon code</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="110"/>
        <source>Percent off</source>
        <translation>Percent off</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="111"/>
        <source>Amount off</source>
        <translation>Amount off</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="112"/>
        <source>Kind of discount</source>
        <translation>Kind of discount</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="120"/>
        <source>Times it may be used</source>
        <translation>Times it may be used</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="119"/>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="123"/>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="135"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="139"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="168"/>
        <source>This course: %1</source>
        <translation>This course: %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="188"/>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="200"/>
        <source>A code is 3 to 32 letters, digits, - or _.</source>
        <translation>A code is 3 to 32 letters, digits, - or _.</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="202"/>
        <source>A percentage off is 1 to 100.</source>
        <translation>A percentage off is 1 to 100.</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="204"/>
        <source>Give the amount the coupon takes off.</source>
        <translation>Give the amount the coupon takes off.</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="206"/>
        <source>The expiry date is in the past; choose a later one.</source>
        <translation>The expiry date is in the past; choose a later one.</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="221"/>
        <source>Coupon %1 is saved and will be created when you are online.</source>
        <translation>Coupon %1 is saved and will be created when you are online.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::PricingPage</name>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="29"/>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="36"/>
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="39"/>
        <source>Free preview: open to everyone</source>
        <translation>Free preview: open to everyone</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/pricing_page.cpp" line="41"/>
        <source>%n day(s) after enrolment</source>
        <translation>
            <numerusform>%n day after enrolment</numerusform>
            <numerusform>%n days after enrolment</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="42"/>
        <source>With the course</source>
        <translation>With the course</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="54"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="62"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="66"/>
        <source>Sales sections</source>
        <translation>Sales sections</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="67"/>
        <source>Price and release</source>
        <translation>Price and release</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="68"/>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="69"/>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="70"/>
        <source>Payouts</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="84"/>
        <source>Saved; it reaches the server when you are online.</source>
        <translation>Saved; it reaches the server when you are online.</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="96"/>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="97"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="99"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="100"/>
        <source>Save price</source>
        <translation>Save price</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="109"/>
        <source>Lessons and when they open</source>
        <translation>Lessons and when they open</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="113"/>
        <source> days after enrolment</source>
        <translation> days after enrolment</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="114"/>
        <source>Days after enrolment</source>
        <translation>Days after enrolment</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="115"/>
        <source>Set release</source>
        <translation>Set release</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="124"/>
        <source>Orders not yet paid are priced again when paid, so buyers always pay the price shown to them at that moment.</source>
        <translation>Orders not yet paid are priced again when paid, so buyers always pay the price shown to them at that moment.</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="129"/>
        <source>Drip release: a lesson can open some days after each learner enrols. Until then they see when it opens.</source>
        <translation>Drip release: a lesson can open some days after each learner enrols. Until then they see when it opens.</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="161"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="164"/>
        <source>Sales figures are kept on the server and need a connection: %1</source>
        <translation>Sales figures are kept on the server and need a connection: %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="170"/>
        <source>You have no courses yet. Publish a course from Drafts; its price, coupons and learners are managed here.</source>
        <translation>You have no courses yet. Publish a course from Drafts; its price, coupons and learners are managed here.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CertificateButton</name>
    <message>
        <location filename="../ui/learning/certificate_button.cpp"/>
        <source>The certificate could not be saved to %1.</source>
        <translation>The certificate could not be saved to %1.</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_button.cpp"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_button.cpp"/>
        <source>Save certificate</source>
        <translation>Save certificate</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_button.cpp"/>
        <source>Certificate %1.pdf</source>
        <translation>Certificate %1.pdf</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_button.cpp"/>
        <source>No PDF viewer opened it. The file is %1</source>
        <translation>No PDF viewer opened it. The file is %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_button.cpp"/>
        <source>Save certificate as…</source>
        <translation>Save certificate as…</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_button.cpp"/>
        <source>Open certificate</source>
        <translation>Open certificate</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_button.cpp"/>
        <source>Your certificate of completion for this course</source>
        <translation>Your certificate of completion for this course</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_button.cpp"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
</context>
<context>
    <name>lyceum::quizstore</name>
    <message>
        <location filename="../core/learning/quiz_store.cpp"/>
        <source>Every attempt this quiz allows has been used.</source>
        <translation>Every attempt this quiz allows has been used.</translation>
    </message>
    <message>
        <location filename="../core/learning/quiz_store.cpp"/>
        <source>The quiz opens with the course.</source>
        <translation>The quiz opens with the course.</translation>
    </message>
    <message>
        <location filename="../core/learning/quiz_store.cpp"/>
        <source>The quiz is not in the local cache; sync first.</source>
        <translation>The quiz is not in the local cache; sync first.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::QuizPanel</name>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Score %1 of %2 · not passed</source>
        <translation>Score %1 of %2 · not passed</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Score %1 of %2 · passed</source>
        <translation>Score %1 of %2 · passed</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>✗ Wrong</source>
        <translation>✗ Wrong</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>✓ Right</source>
        <translation>✓ Right</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Your answers are queued; they are graded when they reach the server.</source>
        <translation>Your answers are queued; they are graded when they reach the server.</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>The server refused the attempt: %1</source>
        <translation>The server refused the attempt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>%n attempt(s) left.</source>
        <translation>
            <numerusform>%n attempt left.</numerusform>
            <numerusform>%n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Attempts are not limited.</source>
        <translation>Attempts are not limited.</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>The quiz opens with the course.</source>
        <translation>The quiz opens with the course.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Quiz · %n question(s) · pass mark %1 %</source>
        <translation>
            <numerusform>Quiz · %n question · pass mark %1 %</numerusform>
            <numerusform>Quiz · %n questions · pass mark %1 %</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Submit (Enter)</source>
        <translation>Submit (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Submit answers</source>
        <translation>Submit answers</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>False</source>
        <translation>False</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>True</source>
        <translation>True</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::QuizSummaryLabel</name>
    <message numerus="yes">
        <location filename="../ui/learning/quiz_summary_label.cpp"/>
        <source>%n quiz(zes) left</source>
        <translation>
            <numerusform>%n quiz left</numerusform>
            <numerusform>%n quizzes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/learning/quiz_summary_label.cpp"/>
        <source>All %n quizzes passed</source>
        <translation>
            <numerusform>All %n quizzes passed</numerusform>
            <numerusform>All %n quizzes passed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_summary_label.cpp"/>
        <source>Quiz: %1 % · not passed yet</source>
        <translation>Quiz: %1 % · not passed yet</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_summary_label.cpp"/>
        <source>Quiz: %1 % · passed</source>
        <translation>Quiz: %1 % · passed</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_summary_label.cpp"/>
        <source>1 quiz left</source>
        <translation>1 quiz left</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::QuizEditor</name>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Saved; learners see it once it reaches the server.</source>
        <translation>Saved; learners see it once it reaches the server.</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>False</source>
        <translation>False</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>(no text yet)</source>
        <translation>(no text yet)</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>This lesson has no quiz yet.</source>
        <translation>This lesson has no quiz yet.</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>The quiz could not be loaded (it needs a connection): %1</source>
        <translation>The quiz could not be loaded (it needs a connection): %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Loading the quiz…</source>
        <translation>Loading the quiz…</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Accepted answers</source>
        <translation>Accepted answers</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Attempts allowed</source>
        <translation>Attempts allowed</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Pass mark</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Choices</source>
        <translation>Choices</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Shown to the learner with the grade</source>
        <translation>Shown to the learner with the grade</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>One accepted answer a line, e.g. len and 长度</source>
        <translation>One accepted answer a line, e.g. len and 长度</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Save the quiz</source>
        <translation>Save the quiz</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Remove the choice</source>
        <translation>Remove the choice</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Add a choice</source>
        <translation>Add a choice</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Add a question</source>
        <translation>Add a question</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Short answer</source>
        <translation>Short answer</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>True or false</source>
        <translation>True or false</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Multiple choice</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Single choice</source>
        <translation>Single choice</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::QuizStudioTab</name>
    <message>
        <location filename="../ui/learning/quiz_studio_tab.cpp"/>
        <source>Quizzes</source>
        <translation>Quizzes</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_studio_tab.cpp"/>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_studio_tab.cpp"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::QuizStatsView</name>
    <message numerus="yes">
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n time)</numerusform>
            <numerusform>%1 (%n times)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>No quiz questions in this course yet.</source>
        <translation>No quiz questions in this course yet.</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>Quiz figures need a connection: %1</source>
        <translation>Quiz figures need a connection: %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>Choose a course to see how its quizzes were answered.</source>
        <translation>Choose a course to see how its quizzes were answered.</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>Most chosen wrong answer</source>
        <translation>Most chosen wrong answer</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>Quiz answers: per question</source>
        <translation>Quiz answers: per question</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::AssignmentPanel</name>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Handed in. It reaches the server with the outbox.</source>
        <translation>Handed in. It reaches the server with the outbox.</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Not handed in: %1</source>
        <translation>Not handed in: %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Handing in…</source>
        <translation>Handing in…</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Write an answer or attach a file first.</source>
        <translation>Write an answer or attach a file first.</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Handed in; waiting for a review.</source>
        <translation>Handed in; waiting for a review.</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Handed in; waiting to be sent (see the outbox).</source>
        <translation>Handed in; waiting to be sent (see the outbox).</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>This assignment takes one submission.</source>
        <translation>This assignment takes one submission.</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>You may hand in again.</source>
        <translation>You may hand in again.</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Feedback: %1</source>
        <translation>Feedback: %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>- %1: %2 / %3</source>
        <translation>- %1: %2 / %3</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>**Needs work**</source>
        <translation>**Needs work**</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>**Accepted**</source>
        <translation>**Accepted**</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Graded on: %1</source>
        <translation>Graded on: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>%1 (%n points)</source>
        <translation>
            <numerusform>%1 (%n point)</numerusform>
            <numerusform>%1 (%n points)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Pictures, PDF and text (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md)</source>
        <translation>Pictures, PDF and text (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Hand in</source>
        <translation>Hand in</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Remove file</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Your answer (Markdown). Kept on this computer as you type.</source>
        <translation>Your answer (Markdown). Kept on this computer as you type.</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::AssignmentReviewQueue</name>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Review queued; it reaches the learner with the outbox.</source>
        <translation>Review queued; it reaches the learner with the outbox.</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source> / %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>The file was not saved: %1</source>
        <translation>The file was not saved: %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Save the file</source>
        <translation>Save the file</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Save %1…</source>
        <translation>Save %1…</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>%n submission(s) wait for your review.</source>
        <translation>
            <numerusform>%n submission waits for your review.</numerusform>
            <numerusform>%n submissions wait for your review.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Nothing waits for your review.</source>
        <translation>Nothing waits for your review.</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>%1 — %2 (attempt %3)</source>
        <translation>%1 — %2 (attempt %3)</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>The queue is kept on the server and needs a connection: %1</source>
        <translation>The queue is kept on the server and needs a connection: %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Send review</source>
        <translation>Send review</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Feedback for the learner</source>
        <translation>Feedback for the learner</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Needs work</source>
        <translation>Needs work</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>The learner's answer</source>
        <translation>The learner's answer</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Submissions waiting for a review</source>
        <translation>Submissions waiting for a review</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::InsightsPanel</name>
    <message numerus="yes">
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>%n learner(s). The course counts as one section until its lessons are grouped into sections.</source>
        <translation>
            <numerusform>%n learner. The course counts as one section until its lessons are grouped into sections.</numerusform>
            <numerusform>%n learners. The course counts as one section until its lessons are grouped into sections.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>none reviewed</source>
        <translation>none reviewed</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>%1 accepted · %2/%3 points</source>
        <translation>%1 accepted · %2/%3 points</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>You have no courses yet.</source>
        <translation>You have no courses yet.</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Insights need a connection: %1</source>
        <translation>Insights need a connection: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Copied %n handle(s).</source>
        <translation>
            <numerusform>Copied %n handle.</numerusform>
            <numerusform>Copied %n handles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Started, then quiet for:</source>
        <translation>Started, then quiet for:</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Course:</source>
        <translation>Course:</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Segments are computed on this computer from the course's figures; nothing computed here is sent anywhere.</source>
        <translation>Segments are computed on this computer from the course's figures; nothing computed here is sent anywhere.</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Copy the @handles of the learners listed, to write to them</source>
        <translation>Copy the @handles of the learners listed, to write to them</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Copy handles</source>
        <translation>Copy handles</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Quiet for at least</source>
        <translation>Quiet for at least</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Gone quiet</source>
        <translation>Gone quiet</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Quiet for</source>
        <translation>Quiet for</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Mastery by section</source>
        <translation>Mastery by section</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Learner segments</source>
        <translation>Learner segments</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Days active</source>
        <translation>Days active</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Quiz score</source>
        <translation>Quiz score</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Lessons done</source>
        <translation>Lessons done</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Not started yet</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Started, gone quiet</source>
        <translation>Started, gone quiet</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Occasional learners</source>
        <translation>Occasional learners</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Here for the discussion</source>
        <translation>Here for the discussion</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Sprinters</source>
        <translation>Sprinters</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Steady learners</source>
        <translation>Steady learners</translation>
    </message>
</context>
<context>
    <name>lyceum::AssignmentsService</name>
    <message>
        <location filename="../core/learning/assignment_service.cpp"/>
        <source>Files are sent when you are online; your draft is kept.</source>
        <translation>Files are sent when you are online; your draft is kept.</translation>
    </message>
    <message>
        <location filename="../core/learning/assignment_service.cpp"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../core/learning/assignment_service.cpp"/>
        <source>%1 is larger than %2 KiB.</source>
        <translation>%1 is larger than %2 KiB.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ChallengePanel</name>
    <message numerus="yes">
        <location filename="../ui/learning/challenge_panel.cpp" line="213"/>
        <source>My streak: %n day(s)</source>
        <translation>
            <numerusform>My streak: %n day</numerusform>
            <numerusform>My streak: %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="282"/>
        <source>Write a few words first.</source>
        <translation>Write a few words first.</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="270"/>
        <source>Day %1: checked in</source>
        <translation>Day %1: checked in</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="269"/>
        <source>Day %1: made up</source>
        <translation>Day %1: made up</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="268"/>
        <source>Day %1: waiting to be sent</source>
        <translation>Day %1: waiting to be sent</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="190"/>
        <source>Day %1</source>
        <translation>Day %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="229"/>
        <source>%1. %2 — %3 check-ins, streak %4</source>
        <translation>%1. %2 — %3 check-ins, streak %4</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="220"/>
        <source>Today %1 checked in · %2 taking part</source>
        <translation>Today %1 checked in · %2 taking part</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="218"/>
        <source>day %1: %2</source>
        <translation>day %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="210"/>
        <source>Day %1 is waiting to be sent.</source>
        <translation>Day %1 is waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="208"/>
        <source>Day %1 was refused: %2</source>
        <translation>Day %1 was refused: %2</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="204"/>
        <source>Checked in today</source>
        <translation>Checked in today</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="200"/>
        <source>Today&apos;s prompt: %1</source>
        <translation>Today&apos;s prompt: %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="199"/>
        <source>Today: write what you studied.</source>
        <translation>Today: write what you studied.</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="190"/>
        <source>Day %1 of %2 · check-ins %3–%4</source>
        <translation>Day %1 of %2 · check-ins %3–%4</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="187"/>
        <source>Ended · %1 days</source>
        <translation>Ended · %1 days</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="185"/>
        <source>Starts on %1 · %2 days</source>
        <translation>Starts on %1 · %2 days</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="182"/>
        <source>Closed · %1 days</source>
        <translation>Closed · %1 days</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="174"/>
        <source>Check-in challenge</source>
        <translation>Check-in challenge</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="154"/>
        <source>Offline: showing what this device kept (%1)</source>
        <translation>Offline: showing what this device kept (%1)</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="72"/>
        <source>No check-in challenge in this space yet.</source>
        <translation>No check-in challenge in this space yet.</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="71"/>
        <source>Reminder time</source>
        <translation>Reminder time</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="68"/>
        <source>Leaderboard</source>
        <translation>Leaderboard</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="65"/>
        <source>My check-ins this month</source>
        <translation>My check-ins this month</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="62"/>
        <source>Check-in text</source>
        <translation>Check-in text</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="61"/>
        <source>What did you study today?</source>
        <translation>What did you study today?</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="60"/>
        <source>Post today&apos;s check-in (Ctrl+Enter)</source>
        <translation>Post today&apos;s check-in (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="57"/>
        <source>Close challenge</source>
        <translation>Close challenge</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="56"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="55"/>
        <source>New challenge…</source>
        <translation>New challenge…</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="53"/>
        <source>&amp;Remind me at</source>
        <translation>&amp;Remind me at</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="47"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ChallengeEntry</name>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="174"/>
        <source>Check-in challenge</source>
        <translation>Check-in challenge</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="344"/>
        <source>Check in · day %1/%2</source>
        <translation>Check in · day %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="343"/>
        <source>Check-in ✓ · day %1/%2</source>
        <translation>Check-in ✓ · day %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="336"/>
        <source>Open a check-in challenge</source>
        <translation>Open a check-in challenge</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ChallengeDialog</name>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="81"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="81"/>
        <source>Open challenge</source>
        <translation>Open challenge</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="79"/>
        <source>Daily &amp;prompts</source>
        <translation>Daily &amp;prompts</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="77"/>
        <source>Make-ups up to (&amp;hours late)</source>
        <translation>Make-ups up to (&amp;hours late)</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="76"/>
        <source>&amp;Make-up days allowed</source>
        <translation>&amp;Make-up days allowed</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="75"/>
        <source>Time &amp;zone</source>
        <translation>Time &amp;zone</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="74"/>
        <source>Check-ins &amp;close at</source>
        <translation>Check-ins &amp;close at</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="73"/>
        <source>Check-ins &amp;open at</source>
        <translation>Check-ins &amp;open at</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="72"/>
        <source>&amp;Starts on</source>
        <translation>&amp;Starts on</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="71"/>
        <source>&amp;Days</source>
        <translation>&amp;Days</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="70"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="67"/>
        <source>One prompt per line: line 1 is day 1&apos;s</source>
        <translation>One prompt per line: line 1 is day 1&apos;s</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="62"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="31"/>
        <source>Edit check-in challenge</source>
        <translation>Edit check-in challenge</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="31"/>
        <source>New check-in challenge</source>
        <translation>New check-in challenge</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="28"/>
        <source>Show the &amp;leaderboard</source>
        <translation>Show the &amp;leaderboard</translation>
    </message>
</context>
<context>
    <name>lyceum::challengestore</name>
    <message>
        <location filename="../core/learning/challenge_store.cpp" line="238"/>
        <source>It is too late to check in for that day.</source>
        <translation>It is too late to check in for that day.</translation>
    </message>
    <message>
        <location filename="../core/learning/challenge_store.cpp" line="237"/>
        <source>This challenge has ended.</source>
        <translation>This challenge has ended.</translation>
    </message>
    <message>
        <location filename="../core/learning/challenge_store.cpp" line="236"/>
        <source>That day has not begun yet.</source>
        <translation>That day has not begun yet.</translation>
    </message>
    <message>
        <location filename="../core/learning/challenge_store.cpp" line="234"/>
        <source>You have made up as many days as this challenge allows.</source>
        <translation>You have made up as many days as this challenge allows.</translation>
    </message>
    <message>
        <location filename="../core/learning/challenge_store.cpp" line="228"/>
        <source>Check-ins open at %1.</source>
        <translation>Check-ins open at %1.</translation>
    </message>
    <message>
        <location filename="../core/learning/challenge_store.cpp" line="220"/>
        <source>You have already checked in for that day.</source>
        <translation>You have already checked in for that day.</translation>
    </message>
    <message>
        <location filename="../core/learning/challenge_store.cpp" line="217"/>
        <source>This challenge is closed.</source>
        <translation>This challenge is closed.</translation>
    </message>
    <message>
        <location filename="../core/learning/challenge_store.cpp" line="211"/>
        <source>The challenge was not found in the local cache.</source>
        <translation>The challenge was not found in the local cache.</translation>
    </message>
    <message>
        <location filename="../core/learning/challenge_store.cpp" line="205"/>
        <source>A check-in is 1 to %1 characters.</source>
        <translation>A check-in is 1 to %1 characters.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SignUpDialog</name>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>The account could not be created. Check the address and your connection.</source>
        <translation>The account could not be created. Check the address and your connection.</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>The handle @%1 is taken: choose another.</source>
        <translation>The handle @%1 is taken: choose another.</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>At least %1 characters; not a dictionary word and not based on your handle or name.</source>
        <translation>At least %1 characters; not a dictionary word and not based on your handle or name.</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>3 to 32 characters: a–z, 0–9 and _. Others will mention you as @handle.</source>
        <translation>3 to 32 characters: a–z, 0–9 and _. Others will mention you as @handle.</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>At most 256 bytes.</source>
        <translation>At most 256 bytes.</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>A handle is 3 to 32 characters long.</source>
        <translation>A handle is 3 to 32 characters long.</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>Use only small letters a–z, digits and _ (no capitals, spaces or other scripts).</source>
        <translation>Use only small letters a–z, digits and _ (no capitals, spaces or other scripts).</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>&amp;Confirm password</source>
        <translation>&amp;Confirm password</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>&amp;Display name</source>
        <translation>&amp;Display name</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>&amp;Handle</source>
        <translation>&amp;Handle</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>How others see you, e.g. 王小明</source>
        <translation>How others see you, e.g. 王小明</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>your_handle</source>
        <translation>your_handle</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>https://community.example.com</source>
        <translation>https://community.example.com</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>Join the community as a learner. You can buy courses and take part in discussions once you are in.</source>
        <translation>Join the community as a learner. You can buy courses and take part in discussions once you are in.</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>Create your account</source>
        <translation>Create your account</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>Create an account</source>
        <translation>Create an account</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>Your password was changed. %n other device(s) were signed out.</source>
        <translation>
            <numerusform>Your password was changed. %n other device was signed out.</numerusform>
            <numerusform>Your password was changed. %n other devices were signed out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>Changing…</source>
        <translation>Changing…</translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>At least 10 characters; not a dictionary word and not based on your handle or name.</source>
        <translation>At least 10 characters; not a dictionary word and not based on your handle or name.</translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>&amp;Confirm new password</source>
        <translation>&amp;Confirm new password</translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>C&amp;urrent password</source>
        <translation>C&amp;urrent password</translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>Your other devices will be signed out; this one stays signed in.</source>
        <translation>Your other devices will be signed out; this one stays signed in.</translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>Change your password</source>
        <translation>Change your password</translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::DevicesDialog</name>
    <message numerus="yes">
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>%n other device(s) were signed out.</source>
        <translation>
            <numerusform>%n other device was signed out.</numerusform>
            <numerusform>%n other devices were signed out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>%1 was signed out.</source>
        <translation>%1 was signed out.</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>No other device is signed in.</source>
        <translation>No other device is signed in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>%n other device(s) signed in.</source>
        <translation>
            <numerusform>%n other device signed in.</numerusform>
            <numerusform>%n other devices signed in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>%1 (this device)</source>
        <translation>%1 (this device)</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Unnamed device</source>
        <translation>Unnamed device</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Delete signs out the selected device</source>
        <translation>Delete signs out the selected device</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Sign out a device you no longer use or do not recognise. It will have to sign in again with your password.</source>
        <translation>Sign out a device you no longer use or do not recognise. It will have to sign in again with your password.</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Devices signed in</source>
        <translation>Devices signed in</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Your devices</source>
        <translation>Your devices</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Sign out all other devices</source>
        <translation>Sign out all other devices</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Sign out this device</source>
        <translation>Sign out this device</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SavedPage</name>
    <message numerus="yes">
        <location filename="../ui/saved/saved_page.cpp"/>
        <source>%n saved post(s)</source>
        <translation>
            <numerusform>%n saved post</numerusform>
            <numerusform>%n saved posts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_page.cpp"/>
        <source>No saved posts yet. Save a post with its Save button or Ctrl+S in a thread, and find it here on every device you sign in on.</source>
        <translation>No saved posts yet. Save a post with its Save button or Ctrl+S in a thread, and find it here on every device you sign in on.</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_page.cpp"/>
        <source>Enter opens the post in its thread, Delete removes it from the saved posts</source>
        <translation>Enter opens the post in its thread, Delete removes it from the saved posts</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_page.cpp"/>
        <source>Saved posts</source>
        <translation>Saved posts</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_page.cpp"/>
        <source>Remove the selected post from your saved posts (Delete)</source>
        <translation>Remove the selected post from your saved posts (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_page.cpp"/>
        <source>Remove from saved</source>
        <translation>Remove from saved</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_page.cpp"/>
        <source>Open the post in its thread (Enter)</source>
        <translation>Open the post in its thread (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_page.cpp"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_page.cpp"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SavedModel</name>
    <message>
        <location filename="../ui/saved/saved_model.cpp"/>
        <source>This post was deleted. %1</source>
        <translation>This post was deleted. %1</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_model.cpp"/>
        <source>Hidden by a moderator. %1</source>
        <translation>Hidden by a moderator. %1</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_model.cpp"/>
        <source>Not on this computer yet; it appears after the next sync. %1</source>
        <translation>Not on this computer yet; it appears after the next sync. %1</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_model.cpp"/>
        <source>saved %1</source>
        <translation>saved %1</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_model.cpp"/>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_model.cpp"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_model.cpp"/>
        <source>(untitled thread)</source>
        <translation>(untitled thread)</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_model.cpp"/>
        <source>A post saved on another device</source>
        <translation>A post saved on another device</translation>
    </message>
</context>
<context>
    <name>lyceum::accountapi</name>
    <message>
        <location filename="../core/api/account_api.cpp"/>
        <source>The server could not be reached. Check the address and your connection.</source>
        <translation>The server could not be reached. Check the address and your connection.</translation>
    </message>
    <message>
        <location filename="../core/api/account_api.cpp"/>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::MarkdownToolbar</name>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>link text</source>
        <translation>link text</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>italic text</source>
        <translation>italic text</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>bold text</source>
        <translation>bold text</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>Picture…</source>
        <translation>Picture…</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>&lt;/&gt;</source>
        <translation>&lt;/&gt;</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>1. List</source>
        <translation>1. List</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>• List</source>
        <translation>• List</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>Formatting</source>
        <translation>Formatting</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::PublishConfirmDialog</name>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Publish the changes</source>
        <translation>Publish the changes</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Who will see it</source>
        <translation>Who will see it</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Publish?</source>
        <translation>Publish?</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Publish the changes?</source>
        <translation>Publish the changes?</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Those who already see it see the new version.</source>
        <translation>Those who already see it see the new version.</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Free to read</source>
        <translation>Free to read</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Everyone who can read the space.</source>
        <translation>Everyone who can read the space.</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>In the space %1</source>
        <translation>In the space %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Free to read for them</source>
        <translation>Free to read for them</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>The course's learners.</source>
        <translation>The course's learners.</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>The course's learners (those who bought it).</source>
        <translation>The course's learners (those who bought it).</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>In the discussions of the course %1</source>
        <translation>In the discussions of the course %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Paid: part of the course at %1</source>
        <translation>Paid: part of the course at %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Only learners who bought the course; others see it locked, with the offer.</source>
        <translation>Only learners who bought the course; others see it locked, with the offer.</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Everyone: the course is free.</source>
        <translation>Everyone: the course is free.</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Everyone, also those who have not bought the course (a free preview).</source>
        <translation>Everyone, also those who have not bought the course (a free preview).</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>In the course %1</source>
        <translation>In the course %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Free: every lesson is open to everyone.</source>
        <translation>Free: every lesson is open to everyone.</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Paid: %1. Its lessons open to those who buy it (free previews to everyone).</source>
        <translation>Paid: %1. Its lessons open to those who buy it (free previews to everyone).</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Everyone can find the course and read its description.</source>
        <translation>Everyone can find the course and read its description.</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>In the catalogue</source>
        <translation>In the catalogue</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Now (or as soon as this computer is online).</source>
        <translation>Now (or as soon as this computer is online).</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>At %1: the server publishes it then, even if this computer is off.</source>
        <translation>At %1: the server publishes it then, even if this computer is off.</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>The post %1</source>
        <translation>The post %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>The announcement %1</source>
        <translation>The announcement %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>The lesson %1</source>
        <translation>The lesson %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>The course %1</source>
        <translation>The course %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::LearnerPreview</name>
    <message>
        <location filename="../ui/studio/learner_preview.cpp"/>
        <source>This is how learners will see it once published. Nothing is sent from here.</source>
        <translation>This is how learners will see it once published. Nothing is sent from here.</translation>
    </message>
    <message>
        <location filename="../ui/studio/learner_preview.cpp"/>
        <source>Preview as a learner sees it</source>
        <translation>Preview as a learner sees it</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::OutlineTree</name>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Drag lessons and sections, or move the current one with Alt+Up and Alt+Down; F2 renames a section.</source>
        <translation>Drag lessons and sections, or move the current one with Alt+Up and Alt+Down; F2 renames a section.</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Course outline</source>
        <translation>Course outline</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::OutlineEditor</name>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>The lessons are published when online; their videos upload then.</source>
        <translation>The lessons are published when online; their videos upload then.</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>New lessons, one per video (%1): %2</source>
        <translation>New lessons, one per video (%1): %2</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Videos (*.mp4 *.m4v *.webm)</source>
        <translation>Videos (*.mp4 *.m4v *.webm)</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Add videos</source>
        <translation>Add videos</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Several videos at once, each a new lesson (or drop the files here)</source>
        <translation>Several videos at once, each a new lesson (or drop the files here)</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Add videos…</source>
        <translation>Add videos…</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Changed: save the order to send it.</source>
        <translation>Changed: save the order to send it.</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>New section</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>The order was not saved: %1</source>
        <translation>The order was not saved: %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Saved on this computer; learners see the new order once it is sent.</source>
        <translation>Saved on this computer; learners see the new order once it is sent.</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Save the order (Ctrl+S); sent when online</source>
        <translation>Save the order (Ctrl+S); sent when online</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Its lessons move to the section above</source>
        <translation>Its lessons move to the section above</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Save the order</source>
        <translation>Save the order</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Remove the section</source>
        <translation>Remove the section</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Add a section</source>
        <translation>Add a section</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::VideoUploads</name>
    <message>
        <location filename="../ui/studio/video_uploads.cpp"/>
        <source>Not uploaded: %1</source>
        <translation>Not uploaded: %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/video_uploads.cpp"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../ui/studio/video_uploads.cpp"/>
        <source>Uploaded</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <location filename="../ui/studio/video_uploads.cpp"/>
        <source>Stop uploading %1 (the lesson stays, without the video)</source>
        <translation>Stop uploading %1 (the lesson stays, without the video)</translation>
    </message>
    <message>
        <location filename="../ui/studio/video_uploads.cpp"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/studio/video_uploads.cpp"/>
        <source>Waiting to publish the lesson</source>
        <translation>Waiting to publish the lesson</translation>
    </message>
    <message>
        <location filename="../ui/studio/video_uploads.cpp"/>
        <source>Upload of %1</source>
        <translation>Upload of %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/video_uploads.cpp"/>
        <source>Uploading</source>
        <translation>Uploading</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CourseStudio</name>
    <message>
        <location filename="../ui/studio/course_studio.cpp"/>
        <source>Drag lessons and sections into the order learners should follow, or use Alt+Up and Alt+Down.</source>
        <translation>Drag lessons and sections into the order learners should follow, or use Alt+Up and Alt+Down.</translation>
    </message>
    <message>
        <location filename="../ui/studio/course_studio.cpp"/>
        <source>Its title, description and price, in a draft</source>
        <translation>Its title, description and price, in a draft</translation>
    </message>
    <message>
        <location filename="../ui/studio/course_studio.cpp"/>
        <source>Your courses</source>
        <translation>Your courses</translation>
    </message>
    <message>
        <location filename="../ui/studio/course_studio.cpp"/>
        <source>Edit the course…</source>
        <translation>Edit the course…</translation>
    </message>
</context>
</TS>
