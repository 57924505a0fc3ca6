<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Format</name>
    <message>
        <location filename="../ui/common/format.cpp" line="56"/>
        <source>d MMM yyyy, HH:mm</source>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="50"/>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum</name>
    <message>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>%1 mentioned you in “%2”</source>
        <translation>%1 在「%2」中提到了你</translation>
    </message>
    <message>
        <source>%1 replied to your post in “%2”</source>
        <translation>%1 在「%2」中回复了你的帖子</translation>
    </message>
    <message>
        <source>%1 replied to “%2”</source>
        <translation>%1 回复了「%2」</translation>
    </message>
    <message numerus="yes">
        <source>%n new replies in “%1”</source>
        <translation>
            <numerusform>「%1」有 %n 条新回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new replies and mentions</source>
        <translation>
            <numerusform>%n 条新回复和提及</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand (%1).</source>
        <translation>服务器返回了本应用无法识别的响应（%1）。</translation>
    </message>
</context>
<context>
    <name>lyceum::ApiClient</name>
    <message>
        <source>The handle or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <source>The server's data was reset; the local copy will be downloaded again.</source>
        <translation>服务器数据已重置，将重新下载本地副本。</translation>
    </message>
    <message>
        <source>The server is busy. Please wait a moment and try again.</source>
        <translation>服务器繁忙，请稍候再试。</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>你没有执行此操作的权限。</translation>
    </message>
    <message>
        <source>The item was not found on the server.</source>
        <translation>服务器上找不到该内容。</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). Try again later.</source>
        <translation>服务器内部出错（HTTP %1），请稍后重试。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>No server address is set.</source>
        <translation>尚未设置服务器地址。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The server's identity could not be verified, so the connection was refused (%1).</source>
        <translation>无法验证服务器的身份，已拒绝连接（%1）。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation>服务器未能及时响应。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The server refused the connection. It may be down; try again later.</source>
        <translation>服务器拒绝了连接，可能暂时无法使用，请稍后重试。</translation>
    </message>
    <message>
        <source>The server's address could not be found. Check the server address and your connection.</source>
        <translation>找不到服务器地址。请检查服务器地址和网络连接。</translation>
    </message>
    <message>
        <source>The server could not be reached. Check your connection. (%1)</source>
        <translation>无法连接到服务器。请检查网络连接。（%1）</translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand (%1).</source>
        <translation>服务器返回了本应用无法识别的响应（%1）。</translation>
    </message>
    <message>
        <source>This lesson's video comes with the course: buy it or join the membership to watch it.</source>
        <translation>这节课的视频随课程提供：购买课程或加入会员后即可观看。</translation>
    </message>
    <message>
        <source>The video's address has expired.</source>
        <translation>视频地址已过期。</translation>
    </message>
    <message>
        <source>The server's answer was larger than %1 MB, more than this app accepts for this request, so it was stopped.</source>
        <translation>服务器的应答超过 %1 MB，超出了本应用对此类请求接受的上限，已停止接收。</translation>
    </message>
    <message>
        <source>The server took longer than %1 s to answer, so the request was stopped. Check your connection and try again.</source>
        <translation>服务器超过 %1 秒仍未完成应答，请求已停止。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The server sent this request on to another address (%1). It was not followed, so your sign-in is not sent anywhere else. Check the server address.</source>
        <translation>服务器把此请求转到了另一个地址（%1）。本应用没有跟随，因此你的登录凭据不会被发往别处。请检查服务器地址。</translation>
    </message>
    <message>
        <source>This password is too short: use at least 10 characters.</source>
        <translation>密码太短：请至少使用 10 个字符。</translation>
    </message>
    <message>
        <source>This password is a dictionary word (or one with small changes): choose something harder to guess.</source>
        <translation>这个密码是字典里的单词（或只做了少量改动）：请换一个更难猜的密码。</translation>
    </message>
    <message>
        <source>This password is based on your handle or name: choose something else.</source>
        <translation>这个密码基于你的用户名或昵称：请换一个。</translation>
    </message>
    <message>
        <source>This password is too simple (a sequence, a repeated character or too few different characters): choose something harder to guess.</source>
        <translation>这个密码太简单（连续序列、重复字符或不同字符太少）：请换一个更难猜的密码。</translation>
    </message>
    <message>
        <source>Too many attempts, try again in %1 s.</source>
        <translation>尝试次数过多，请在 %1 秒后重试。</translation>
    </message>
</context>
<context>
    <name>lyceum::ApiError</name>
    <message>
        <source>The local cache could not be used: %1</source>
        <translation>无法使用本地缓存：%1</translation>
    </message>
    <message>
        <source>You are not signed in. Please log in first.</source>
        <translation>你尚未登录，请先登录。</translation>
    </message>
</context>
<context>
    <name>lyceum::CacheDatabase</name>
    <message>
        <source>could not start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>could not save changes: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
    <message>
        <source>The cache file %1 could not be opened: %2</source>
        <translation>无法打开缓存文件 %1：%2</translation>
    </message>
    <message>
        <source>The cache file %1 could not be set up: %2</source>
        <translation>无法初始化缓存文件 %1：%2</translation>
    </message>
    <message>
        <source>The cache file is not a readable database: %1</source>
        <translation>缓存文件不是可读取的数据库：%1</translation>
    </message>
    <message>
        <source>The cache was written by a newer version of Lyceum (it has schema step %1, which this version does not know). Update Lyceum or use another profile.</source>
        <translation>缓存由更新版本的 Lyceum 写入（包含本版本不认识的结构步骤 %1）。请更新 Lyceum 或使用其他个人资料。</translation>
    </message>
    <message>
        <source>Updating the cache (step %1) failed: %2</source>
        <translation>更新缓存（步骤 %1）失败：%2</translation>
    </message>
    <message>
        <source>The cache's search index could not be rebuilt: %1</source>
        <translation>无法重建缓存的搜索索引：%1</translation>
    </message>
    <message>
        <source>The cache file %1 could not be created.</source>
        <translation>无法创建缓存文件 %1。</translation>
    </message>
</context>
<context>
    <name>lyceum::Client</name>
    <message>
        <source>Your change could not be saved: %1</source>
        <translation>你的更改无法保存：%1</translation>
    </message>
    <message>
        <source>the profile is not open yet</source>
        <translation>个人资料尚未打开</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <source>The profile folder "%1" could not be created.</source>
        <translation>无法创建个人资料文件夹“%1”。</translation>
    </message>
    <message>
        <source>The keychain is turned off for this profile; you stay signed in only until Lyceum quits.</source>
        <translation>此个人资料已关闭钥匙串，登录状态仅保持到 Lyceum 退出为止。</translation>
    </message>
    <message>
        <source>"%1" is not a server address (it should start with https://).</source>
        <translation>“%1”不是有效的服务器地址（应以 https:// 开头）。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Lyceum keeps trying; your changes are kept and sent when it is back.</source>
        <translation>无法连接服务器。Lyceum 会继续尝试；你的更改已保留，恢复连接后发送。</translation>
    </message>
</context>
<context>
    <name>lyceum::Commerce</name>
    <message>
        <source>The card was declined.</source>
        <translation>银行卡被拒绝。</translation>
    </message>
    <message>
        <source>The card has insufficient funds.</source>
        <translation>银行卡余额不足。</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>银行卡已过期。</translation>
    </message>
    <message>
        <source>The card number is not valid.</source>
        <translation>卡号无效。</translation>
    </message>
    <message>
        <source>The card's security code is not valid.</source>
        <translation>银行卡安全码无效。</translation>
    </message>
    <message>
        <source>The payment could not be processed. Nothing was charged; try again.</source>
        <translation>支付未能处理，未产生任何扣款，请重试。</translation>
    </message>
    <message>
        <source>There is no such coupon.</source>
        <translation>没有这个优惠码。</translation>
    </message>
    <message>
        <source>The coupon has expired.</source>
        <translation>优惠码已过期。</translation>
    </message>
    <message>
        <source>The coupon has been used up.</source>
        <translation>优惠码已被用完。</translation>
    </message>
    <message>
        <source>The coupon does not apply to this item.</source>
        <translation>该优惠码不适用于此商品。</translation>
    </message>
    <message>
        <source>You already have this course.</source>
        <translation>你已拥有这门课程。</translation>
    </message>
    <message>
        <source>You already have this membership.</source>
        <translation>你已开通这个会员。</translation>
    </message>
    <message>
        <source>This order can no longer be refunded.</source>
        <translation>该订单已超过可退款期限。</translation>
    </message>
    <message>
        <source>You already have this membership, so nothing was charged. It is in your wallet.</source>
        <translation>你已经是这个会员了，所以没有扣款。它在你的钱包里。</translation>
    </message>
    <message>
        <source>The price has changed since the checkout. Nothing was charged.</source>
        <translation>下单后价格已变动，没有扣款。</translation>
    </message>
    <message>
        <source>This checkout has expired. Nothing was charged; start it again.</source>
        <translation>这笔订单已过期，没有扣款；请重新下单。</translation>
    </message>
    <message>
        <source>This item is no longer on sale. Nothing was charged.</source>
        <translation>该商品已下架，没有扣款。</translation>
    </message>
</context>
<context>
    <name>lyceum::CredentialStore</name>
    <message>
        <source>No system keychain is available (%1). You stay signed in only until Lyceum quits.</source>
        <translation>系统钥匙串不可用（%1）。登录状态仅保持到 Lyceum 退出为止。</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1). You stay signed in only until Lyceum quits.</source>
        <translation>访问系统钥匙串被拒绝（%1）。登录状态仅保持到 Lyceum 退出为止。</translation>
    </message>
    <message>
        <source>The system keychain failed (%1). You stay signed in only until Lyceum quits.</source>
        <translation>系统钥匙串出错（%1）。登录状态仅保持到 Lyceum 退出为止。</translation>
    </message>
    <message>
        <source>The system keychain did not answer (it may be locked). You stay signed in only until Lyceum quits.</source>
        <translation>系统钥匙串没有响应（可能已锁定）。登录状态仅保持到 Lyceum 退出为止。</translation>
    </message>
    <message>
        <source>The saved session is damaged; please log in again.</source>
        <translation>保存的登录信息已损坏，请重新登录。</translation>
    </message>
</context>
<context>
    <name>lyceum::EntityWriter</name>
    <message>
        <source>the cache connection is not a SQLite database</source>
        <translation>缓存连接不是 SQLite 数据库</translation>
    </message>
</context>
<context>
    <name>lyceum::Outbox</name>
    <message>
        <source>Your account is banned in this community: you can still read, but this was not sent.</source>
        <translation>你的账号已在本社区被封禁：仍可阅读，但这条内容没有发出。</translation>
    </message>
    <message>
        <source>This space keeps this to its team or to members of its courses.</source>
        <translation>这个版块只允许社区团队或课程学员这样做。</translation>
    </message>
    <message>
        <source>Only a change the server refused can be retried.</source>
        <translation>只有被服务器拒绝的更改才能重试。</translation>
    </message>
    <message>
        <source>The change is being sent or already gone; it cannot be dropped.</source>
        <translation>该更改正在发送或已不存在，无法丢弃。</translation>
    </message>
    <message>
        <source>The thread was locked before this arrived.</source>
        <translation>在它送达之前，该话题已被锁定。</translation>
    </message>
    <message>
        <source>What this answers or reacts to no longer exists.</source>
        <translation>所回复或回应的内容已不存在。</translation>
    </message>
    <message>
        <source>You no longer have permission to do this.</source>
        <translation>你已没有执行此操作的权限。</translation>
    </message>
    <message>
        <source>The post was deleted before this arrived.</source>
        <translation>在它送达之前，该帖子已被删除。</translation>
    </message>
    <message>
        <source>The server already has something with the same id.</source>
        <translation>服务器上已有相同 ID 的内容。</translation>
    </message>
    <message>
        <source>The post was changed elsewhere after you started editing it. Your text is kept: retry to replace that version with yours, or drop your edit to keep it.</source>
        <translation>你开始编辑后，这条帖子在别处被修改了。你的文字已保留：重试即用你的版本替换它，或丢弃你的修改以保留对方的版本。</translation>
    </message>
    <message>
        <source>The published version was changed elsewhere after this draft was based on it; nothing was overwritten.</source>
        <translation>自这篇草稿开始编辑以来，已发布的版本在别处被修改过；没有覆盖任何内容。</translation>
    </message>
    <message>
        <source>Another device changed this draft meanwhile, so it was kept.</source>
        <translation>另一台设备在此期间修改了这篇草稿，因此已保留。</translation>
    </message>
</context>
<context>
    <name>lyceum::Profile</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>lyceum::SyncEngine</name>
    <message>
        <source>Sync was cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message>
        <source>The server sent changes this app cannot read (%1).</source>
        <translation>服务器发送了本应用无法读取的更改（%1）。</translation>
    </message>
    <message>
        <source>The server keeps sending the same changes (its position "%1" does not move forward), so the sync was stopped. Try again later; if it persists, tell the server's operator.</source>
        <translation>服务器一直发送相同的变更（其位置“%1”没有前进），同步已停止。请稍后再试；如果问题持续，请告知服务器的管理员。</translation>
    </message>
</context>
<context>
    <name>lyceum::SyncStore</name>
    <message>
        <source>the page does not continue the stored cursor</source>
        <translation>该页数据与已保存的同步游标不衔接</translation>
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
        <translation>打卡挑战：
  lyceum-cli --profile DIR challenges [--json]
  lyceum-cli --profile DIR checkin --challenge ID --body TEXT [--json]
</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="166"/>
        <source>not yet today</source>
        <translation>今天未打卡</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="166"/>
        <source>checked in today</source>
        <translation>今天已打卡</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="165"/>
        <source>streak %1</source>
        <translation>连续 %1 天</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="164"/>
        <source>day %1/%2</source>
        <translation>第 %1/%2 天</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="139"/>
        <source>The server refused the check-in: %1</source>
        <translation>服务器拒绝了这次打卡：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="134"/>
        <source>Queued: the check-in is sent when the server can be reached (%1).</source>
        <translation>已加入发件箱：连上服务器后发送（%1）。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="128"/>
        <source>Checked in for day %1 of %2. Streak: %3 days.</source>
        <translation>已为 %2 的第 %1 天打卡。连续打卡：%3 天。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="91"/>
        <source>The check-in was not queued: %1</source>
        <translation>打卡未能加入发件箱：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="70"/>
        <source>checkin needs --challenge ID and --body TEXT.</source>
        <translation>checkin 需要 --challenge ID 和 --body TEXT。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_challenges.cpp" line="35"/>
        <source>Showing the challenges kept on this device: %1</source>
        <translation>显示本机保存的挑战：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp"/>
        <source>Learning:
  lyceum-cli --profile DIR done --lesson ID
  lyceum-cli --profile DIR quiz --lesson ID [--json]
  lyceum-cli --profile DIR answer --quiz ID --answers JSON [--json]
</source>
        <translation>学习：
  lyceum-cli --profile DIR done --lesson ID
  lyceum-cli --profile DIR quiz --lesson ID [--json]
  lyceum-cli --profile DIR answer --quiz ID --answers JSON [--json]
</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>The attempt is queued; it is sent and graded with the next flush (lyceum-cli flush).</source>
        <translation>作答已排队；下次 flush 时发送并评分（lyceum-cli flush）。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>The server refused the attempt: %1</source>
        <translation>服务器拒绝了这次作答：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>Score %1/%2 · not passed</source>
        <translation>得分 %1/%2 · 未通过</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>Score %1/%2 · passed</source>
        <translation>得分 %1/%2 · 已通过</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>answer needs --quiz ID and --answers JSON, e.g. &apos;{&quot;q1&quot;: [&quot;b&quot;], &quot;q2&quot;: &quot;text&quot;}&apos;.</source>
        <translation>answer 需要 --quiz ID 和 --answers JSON，例如 &apos;{&quot;q1&quot;: [&quot;b&quot;], &quot;q2&quot;: &quot;text&quot;}&apos;。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>Locked: it opens with the course.</source>
        <translation>未解锁：购买课程后开放。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>Quiz %1 · pass mark %2 %</source>
        <translation>测验 %1 · 及格线 %2 %</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>The lesson %1 has no quiz (in the local cache).</source>
        <translation>课时 %1 没有测验（本地缓存中）。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>quiz needs --lesson ID.</source>
        <translation>quiz 需要 --lesson ID。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>Lesson %1 is done.</source>
        <translation>课时 %1 已完成。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>The lesson %1 is not in the local cache; run sync first.</source>
        <translation>本地缓存里没有课时 %1；请先运行 sync。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_quiz.cpp"/>
        <source>done needs --lesson ID.</source>
        <translation>done 需要 --lesson ID。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>VALID: signature checked (key %1).</source>
        <translation>有效：签名已验证（公钥 %1）。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>NOT VALID: the server does not know this certificate.</source>
        <translation>无效：服务器没有这张证书的记录。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>NOT VALID: the community revoked this certificate.</source>
        <translation>无效：社群已撤销此证书。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>The signature holds for the key the file names (%1); pass --public-key or --server to check that it is the community's.</source>
        <translation>签名与文件所附公钥（%1）相符；请用 --public-key 或 --server 确认该公钥属于社群。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>Code: %1</source>
        <translation>证书编号：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>Issued: %1</source>
        <translation>颁发日期：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>Course: %1</source>
        <translation>课程：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>Holder: %1</source>
        <translation>持有人：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>The server could not say whether it was revoked: %1</source>
        <translation>服务器无法告知是否已撤销：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>NOT VALID: the signature does not match (the certificate was altered, or another community's key signed it).</source>
        <translation>无效：签名不符（证书被改动过，或由其他社群的密钥签名）。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>NOT VALID: %1 is not a Lyceum certificate (no signed statement in it).</source>
        <translation>无效：%1 不是 Lyceum 证书（其中没有签名内容）。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>%1 is too large to be a certificate.</source>
        <translation>%1 太大，不可能是证书。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>verify needs --certificate FILE.</source>
        <translation>verify 需要 --certificate 文件。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>Offline (%1): these are the certificates known on this device.</source>
        <translation>离线（%1）：以下是本机已知的证书。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>Certificates could not be read: %1</source>
        <translation>无法读取证书：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>no key in the answer</source>
        <translation>回应中没有公钥</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>The server's public key could not be read: %1</source>
        <translation>无法读取服务器的公钥：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>--public-key must be the community's key in base64 (32 bytes), or a file holding it.</source>
        <translation>--public-key 须为社群公钥的 base64（32 字节），或存有它的文件。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_certificates.cpp"/>
        <source>the server answered %1</source>
        <translation>服务器返回 %1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp"/>
        <source>Certificates:
  lyceum-cli --profile DIR certificates [--json]
  lyceum-cli verify --certificate FILE [--public-key KEY | --server URL] [--json]
</source>
        <translation>证书：
  lyceum-cli --profile DIR certificates [--json]
  lyceum-cli verify --certificate 文件 [--public-key 公钥 | --server URL] [--json]
</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_inbox.cpp"/>
        <source>The inbox is empty.</source>
        <translation>收件箱是空的。</translation>
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
        <translation>用法：
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
  lyceum-cli --profile DIR buy --course ID --card 卡号 [--expiry MM/YY] [--cvc 安全码] [--coupon 优惠码] [--json]
  lyceum-cli --profile DIR subscribe --tier ID --card 卡号 [--coupon 优惠码]
  lyceum-cli --profile DIR refund --order ID
  lyceum-cli --profile DIR wallet [--json]
  lyceum-cli --profile DIR search 关键词... [--limit N] [--json]
  lyceum-cli --profile DIR lessons --course ID [--json]
  lyceum-cli --profile DIR download --lesson ID [--json]
  lyceum-cli reco-eval --ratings 路径 [--protocol holdout|recbole] [--seed N] [--items 路径] [--algos pop,itemknn,ease,ease-cv,rp3b,blend,tfidf,hybrid] [--json]
  lyceum-cli spam-eval (--data 路径 [--split 0.8] | --train 路径 --test 路径) [--seed N] [--tune cv|none] [--truncate N] [--peer bogofilter] [--json]
全局选项：--page-size N（每个同步页的更改数，1-5000）
</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_library.cpp"/>
        <source>next: %1</source>
        <translation>下一节：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_library.cpp"/>
        <source>all done</source>
        <translation>已全部学完</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_library.cpp"/>
        <source>following</source>
        <translation>在学</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_library.cpp"/>
        <source>owned</source>
        <translation>已拥有</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_library.cpp"/>
        <source>The library could not be read: %1</source>
        <translation>无法读取课程库：%1</translation>
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
        <translation>用法：
  lyceum-cli --server URL --profile DIR login --user HANDLE --password-stdin
  lyceum-cli --profile DIR sync
  lyceum-cli --profile DIR status [--json]
  lyceum-cli --profile DIR threads [--json]
  lyceum-cli --profile DIR thread ID [--json]
  lyceum-cli --profile DIR post --thread ID [--parent ID] --body TEXT
  lyceum-cli --profile DIR outbox [--json]
  lyceum-cli --profile DIR flush
  lyceum-cli --profile DIR courses [--json]
  lyceum-cli --profile DIR buy --course ID --card 卡号 [--expiry MM/YY] [--cvc 安全码] [--coupon 优惠码] [--json]
  lyceum-cli --profile DIR subscribe --tier ID --card 卡号 [--coupon 优惠码]
  lyceum-cli --profile DIR refund --order ID
  lyceum-cli --profile DIR wallet [--json]
  lyceum-cli --profile DIR search 关键词... [--limit N] [--json]
  lyceum-cli --profile DIR lessons --course ID [--json]
  lyceum-cli --profile DIR download --lesson ID [--json]
  lyceum-cli --profile DIR library [--json]
  lyceum-cli reco-eval --ratings 路径 [--protocol holdout|recbole] [--seed N] [--items 路径] [--algos pop,itemknn,ease,ease-cv,rp3b,blend,tfidf,hybrid] [--json]
  lyceum-cli spam-eval (--data 路径 [--split 0.8] | --train 路径 --test 路径) [--seed N] [--tune cv|none] [--truncate N] [--peer bogofilter] [--json]
全局选项：--page-size N（每个同步页的更改数，1-5000）
</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_commerce.cpp" line="117"/>
        <source>The courses could not be read: %1</source>
        <translation>无法读取课程：%1</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 5000.</source>
        <translation>--page-size 必须是 1 到 5000 之间的数字。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>--profile DIR is required.</source>
        <translation>必须指定 --profile DIR。</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>未知命令 %1。</translation>
    </message>
    <message>
        <source>login needs --server URL, --user HANDLE and --password-stdin.</source>
        <translation>login 需要 --server URL、--user HANDLE 和 --password-stdin。</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>标准输入中没有提供密码。</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>The session could not be saved, so later commands cannot use it.</source>
        <translation>无法保存登录状态，后续命令将无法使用它。</translation>
    </message>
    <message>
        <source>Logged in as %1 on %2.</source>
        <translation>已在 %2 以 %1 的身份登录。</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>Synced %1 changes: %2 courses, %3 lessons, %4 threads, %5 posts.</source>
        <translation>已同步 %1 项更改：%2 门课程、%3 节课、%4 个话题、%5 条帖子。</translation>
    </message>
    <message>
        <source>Profile: %1 (%2 on %3)</source>
        <translation>个人资料：%1（%2，服务器 %3）</translation>
    </message>
    <message>
        <source>Cache: %1 courses, %2 lessons, %3 threads, %4 posts, %5 users</source>
        <translation>缓存：%1 门课程、%2 节课、%3 个话题、%4 条帖子、%5 位用户</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting, %2 failed</source>
        <translation>发件箱：%1 项待发送，%2 项失败</translation>
    </message>
    <message>
        <source> (not sent yet)</source>
        <translation>（尚未发送）</translation>
    </message>
    <message>
        <source>thread needs exactly one thread id.</source>
        <translation>thread 需要且只需要一个话题 ID。</translation>
    </message>
    <message>
        <source>No thread %1 in the local cache.</source>
        <translation>本地缓存中没有话题 %1。</translation>
    </message>
    <message>
        <source>post needs --thread ID and --body TEXT.</source>
        <translation>post 需要 --thread ID 和 --body TEXT。</translation>
    </message>
    <message>
        <source>The reply was not queued: %1</source>
        <translation>回复未能加入待发送队列：%1</translation>
    </message>
    <message>
        <source>Flush failed: %1</source>
        <translation>发送失败：%1</translation>
    </message>
    <message>
        <source>%1 changes were rejected by the server (see: lyceum-cli outbox).</source>
        <translation>%1 项更改被服务器拒绝（查看：lyceum-cli outbox）。</translation>
    </message>
    <message>
        <source>%1 changes are still waiting to be sent.</source>
        <translation>仍有 %1 项更改等待发送。</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting, %2 failed.</source>
        <translation>发件箱：%1 项待发送，%2 项失败。</translation>
    </message>
    <message>
        <source>A card is needed: --card NUMBER [--expiry MM/YY] [--cvc CVC].</source>
        <translation>需要银行卡：--card 卡号 [--expiry MM/YY] [--cvc 安全码]。</translation>
    </message>
    <message>
        <source>Checkout failed: %1</source>
        <translation>结算失败：%1</translation>
    </message>
    <message>
        <source>Payment failed: %1</source>
        <translation>支付失败：%1</translation>
    </message>
    <message>
        <source>Paid %1 for “%2” (order %3).</source>
        <translation>已为「%2」支付 %1（订单 %3）。</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>已拥有</translation>
    </message>
    <message>
        <source>buy needs --course ID and --card NUMBER.</source>
        <translation>buy 需要 --course ID 和 --card 卡号。</translation>
    </message>
    <message>
        <source>subscribe needs --tier ID and --card NUMBER.</source>
        <translation>subscribe 需要 --tier ID 和 --card 卡号。</translation>
    </message>
    <message>
        <source>refund needs --order ID.</source>
        <translation>refund 需要 --order ID。</translation>
    </message>
    <message>
        <source>Refund failed: %1</source>
        <translation>退款失败：%1</translation>
    </message>
    <message>
        <source>Refunded %1 for “%2” (order %3).</source>
        <translation>已退还「%2」的 %1（订单 %3）。</translation>
    </message>
    <message>
        <source>The wallet could not be read: %1</source>
        <translation>无法读取钱包：%1</translation>
    </message>
    <message>
        <source>Not logged in. Run: lyceum-cli --server URL --profile DIR login --user HANDLE --password-stdin</source>
        <translation>尚未登录。请运行：lyceum-cli --server URL --profile DIR login --user HANDLE --password-stdin</translation>
    </message>
    <message>
        <source>reco-eval needs --ratings PATH.</source>
        <translation>reco-eval 需要 --ratings 路径。</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number.</source>
        <translation>--seed 必须是非负整数。</translation>
    </message>
    <message>
        <source>The ratings could not be read: %1</source>
        <translation>无法读取评分数据：%1</translation>
    </message>
    <message>
        <source>--protocol is holdout or recbole.</source>
        <translation>--protocol 只能是 holdout 或 recbole。</translation>
    </message>
    <message>
        <source>The item texts could not be read: %1</source>
        <translation>无法读取物品文本：%1</translation>
    </message>
    <message>
        <source>Unknown algorithm %1 (known: pop, itemknn, ease, ease-cv, rp3b, blend; tfidf and hybrid need --items PATH).</source>
        <translation>未知算法 %1（可用：pop、itemknn、ease、ease-cv、rp3b、blend；tfidf 和 hybrid 需要 --items 路径）。</translation>
    </message>
    <message>
        <source>search needs the words to look for.</source>
        <translation>search 需要要查找的关键词。</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 1000.</source>
        <translation>--limit 必须是 1 到 1000 之间的数字。</translation>
    </message>
    <message>
        <source>Nothing found for %1.</source>
        <translation>没有找到与 %1 相关的内容。</translation>
    </message>
    <message>
        <source>bogofilter did not finish: %1</source>
        <translation>bogofilter 没有运行完：%1</translation>
    </message>
    <message>
        <source>bogofilter failed: %1</source>
        <translation>bogofilter 运行失败：%1</translation>
    </message>
    <message>
        <source>the messages could not be written for bogofilter</source>
        <translation>无法为 bogofilter 写出消息文件</translation>
    </message>
    <message>
        <source>bogofilter gave no verdict for a message</source>
        <translation>bogofilter 没有给出某条消息的判断</translation>
    </message>
    <message>
        <source>precision %1, recall %2, F1 %3, false positives %4 %, %5 posts/s (train %6, test %7)</source>
        <translation>精确率 %1，召回率 %2，F1 %3，误判率 %4 %，每秒 %5 条（训练 %6，测试 %7）</translation>
    </message>
    <message>
        <source>spam-eval needs --data PATH, or --train PATH and --test PATH.</source>
        <translation>spam-eval 需要 --data 路径，或者 --train 路径和 --test 路径。</translation>
    </message>
    <message>
        <source>--split must be a number between 0 and 1.</source>
        <translation>--split 必须是 0 到 1 之间的数。</translation>
    </message>
    <message>
        <source>--peer can only be bogofilter.</source>
        <translation>--peer 只能是 bogofilter。</translation>
    </message>
    <message>
        <source>The data could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <source>The training set needs both spam and ham, and the test set a message.</source>
        <translation>训练集需要同时包含垃圾和正常消息，测试集至少需要一条消息。</translation>
    </message>
    <message>
        <source>bogofilter is not installed (Debian package bogofilter).</source>
        <translation>未安装 bogofilter（Debian 软件包 bogofilter）。</translation>
    </message>
    <message>
        <source>--tune must be cv or none.</source>
        <translation>--tune 只能是 cv 或 none。</translation>
    </message>
    <message>
        <source>--truncate must be a positive number of characters.</source>
        <translation>--truncate 必须是正的字符数。</translation>
    </message>
    <message>
        <source>Settings: %1, a threshold aiming at %2 % false positives (%3).</source>
        <translation>设置：%1，阈值以 %2 % 的误判率为目标（%3）。</translation>
    </message>
    <message>
        <source>logistic regression</source>
        <translation>逻辑回归</translation>
    </message>
    <message>
        <source>naive Bayes on the %1 strongest features</source>
        <translation>取最强的 %1 个特征的朴素贝叶斯</translation>
    </message>
    <message>
        <source>No setting met a false-positive limit up to 5 % in cross-validation; the best F1 was kept.</source>
        <translation>交叉验证中没有设置达到 5 % 以内的误判率上限；保留了 F1 最好的设置。</translation>
    </message>
    <message>
        <source>The setting met a false-positive limit of %1 % in cross-validation.</source>
        <translation>该设置在交叉验证中达到了 %1 % 的误判率上限。</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>5-fold cross-validation on the training part</source>
        <translation>在训练部分上做 5 折交叉验证</translation>
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
        <translation>用法：
  lyceum-cli --server URL --profile DIR login --user HANDLE --password-stdin
  lyceum-cli --profile DIR sync
  lyceum-cli --profile DIR status [--json]
  lyceum-cli --profile DIR threads [--json]
  lyceum-cli --profile DIR thread ID [--json]
  lyceum-cli --profile DIR post --thread ID [--parent ID] --body TEXT
  lyceum-cli --profile DIR outbox [--json]
  lyceum-cli --profile DIR flush
  lyceum-cli --profile DIR courses [--json]
  lyceum-cli --profile DIR buy --course ID --card 卡号 [--expiry MM/YY] [--cvc 安全码] [--coupon 优惠码] [--json]
  lyceum-cli --profile DIR subscribe --tier ID --card 卡号 [--coupon 优惠码]
  lyceum-cli --profile DIR refund --order ID
  lyceum-cli --profile DIR wallet [--json]
  lyceum-cli --profile DIR search 关键词... [--limit N] [--json]
  lyceum-cli --profile DIR lessons --course ID [--json]
  lyceum-cli --profile DIR download --lesson ID [--json]
  lyceum-cli reco-eval --ratings 路径 [--protocol holdout|recbole] [--seed N] [--items 路径] [--algos pop,itemknn,ease,ease-cv,rp3b,blend,tfidf,hybrid] [--json]
  lyceum-cli spam-eval (--data 路径 [--split 0.8] | --train 路径 --test 路径) [--seed N] [--tune cv|none] [--truncate N] [--peer bogofilter] [--json]
全局选项：--page-size N（每个同步页的更改数，1-5000）
</translation>
    </message>
    <message>
        <source>lessons needs --course ID.</source>
        <translation>lessons 需要 --course ID。</translation>
    </message>
    <message>
        <source>No course %1 here; sync first, or check the id.</source>
        <translation>这里没有课程 %1；请先同步，或检查 ID。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>未解锁</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>试看</translation>
    </message>
    <message>
        <source>download needs --lesson ID.</source>
        <translation>download 需要 --lesson ID。</translation>
    </message>
    <message>
        <source>The video could not be downloaded: %1</source>
        <translation>视频无法下载：%1</translation>
    </message>
    <message>
        <source>Downloaded “%1”: %2 bytes stored (sealed), %3 bytes of video.</source>
        <translation>已下载“%1”：存储 %2 字节（已加密），视频 %3 字节。</translation>
    </message>
    <message>
        <source>The download finished but is not listed.</source>
        <translation>下载已完成，但没有出现在列表中。</translation>
    </message>
    <message>
        <source>The price has changed since the checkout: it is now %1. Nothing was charged; run the command again to pay the new price.</source>
        <translation>下单后价格已变动：现价为 %1。没有扣款；如需按新价格购买，请再次运行该命令。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_moderation.cpp"/>
        <source>slow mode %1 s</source>
        <translation>慢速模式 %1 秒</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_moderation.cpp"/>
        <source> closed</source>
        <translation>（已关闭）</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_moderation.cpp"/>
        <source>The notices could not be fetched: %1</source>
        <translation>无法获取通知：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_moderation.cpp"/>
        <source>(appealable)</source>
        <translation>（可申诉）</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_moderation.cpp"/>
        <source>appeal needs --action ID (a notice's id) and --note TEXT.</source>
        <translation>appeal 需要 --action ID（通知的 ID）和 --note 说明。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_moderation.cpp"/>
        <source>The appeal was not queued: %1</source>
        <translation>申诉未能加入发送队列：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_moderation.cpp"/>
        <source>The appeal was refused (%1): %2</source>
        <translation>申诉被拒绝（%1）：%2</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_moderation.cpp"/>
        <source>The appeal is queued and will be sent when the server can be reached: %1</source>
        <translation>申诉已排队，连上服务器后发送：%1</translation>
    </message>
    <message>
        <location filename="../core/cli/cli_moderation.cpp"/>
        <source>Appeal filed; a moderator will decide it.</source>
        <translation>申诉已提交；版主会处理。</translation>
    </message>
    <message>
        <location filename="../core/cli/cli.cpp"/>
        <source>Moderation:
  lyceum-cli --profile DIR spaces [--json]
  lyceum-cli --profile DIR notices [--json]
  lyceum-cli --profile DIR appeal --action ID --note TEXT
</source>
        <translation>版务：
  lyceum-cli --profile DIR spaces [--json]
  lyceum-cli --profile DIR notices [--json]
  lyceum-cli --profile DIR appeal --action ID --note 说明
</translation>
    </message>
</context>
<context>
    <name>lyceum::localmutations</name>
    <message>
        <source>The thread was not found in the local cache.</source>
        <translation>本地缓存中找不到该话题。</translation>
    </message>
    <message>
        <source>The thread is locked; replies are closed.</source>
        <translation>该话题已锁定，不能再回复。</translation>
    </message>
    <message>
        <source>This reaction is not available.</source>
        <translation>该表情回应不可用。</translation>
    </message>
    <message>
        <source>The post was not found in the local cache.</source>
        <translation>本地缓存中找不到该帖子。</translation>
    </message>
    <message>
        <source>Only the author may change a post.</source>
        <translation>只有作者可以修改帖子。</translation>
    </message>
    <message>
        <source>The post was deleted.</source>
        <translation>该帖子已被删除。</translation>
    </message>
</context>
<context>
    <name>lyceum::reviewstore</name>
    <message>
        <source>A rating is one to five stars.</source>
        <translation>评分为一到五星。</translation>
    </message>
    <message>
        <source>A review is at most %1 characters.</source>
        <translation>评价最多 %1 个字符。</translation>
    </message>
    <message>
        <source>An answer is 1 to %1 characters.</source>
        <translation>回复为 1 到 %1 个字符。</translation>
    </message>
    <message>
        <source>The review was not found in the local cache.</source>
        <translation>本地缓存中找不到这条评价。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui</name>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>the signature could not be embedded</source>
        <translation>无法嵌入签名</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>the PDF could not be started</source>
        <translation>无法开始写 PDF</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>Certificate %1</source>
        <translation>证书 %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>the folder is not writable</source>
        <translation>文件夹不可写</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>Signed by the community (Ed25519 key %1); check this file offline with lyceum-cli verify --certificate FILE.</source>
        <translation>由社群签名（Ed25519 公钥 %1）；可离线验证此文件：lyceum-cli verify --certificate FILE。</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>Check it at %1</source>
        <translation>验证地址 %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>Certificate code %1</source>
        <translation>证书编号 %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>Issued %1</source>
        <translation>颁发日期 %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>has completed the course</source>
        <translation>已完成课程</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>This certifies that</source>
        <translation>兹证明</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_pdf.cpp"/>
        <source>Certificate of completion</source>
        <translation>结业证书</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>未支付</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Billed to</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>优惠码 %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>card ending in %1</source>
        <translation>尾号 %1 的银行卡</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Refunded on</source>
        <translation>退款日期</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Thank you for learning with Lyceum.</source>
        <translation>感谢你在 Lyceum 学习。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::AnalyticsView</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Lesson funnel: finished / started</source>
        <translation>课时漏斗：学完 / 开始</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>All my courses</source>
        <translation>我的全部课程</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销量</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Discussion replies</source>
        <translation>讨论回复</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Export analytics</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Analytics are computed on the server and need a connection: %1</source>
        <translation>数据分析在服务器上计算，需要联网：%1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="102"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="103"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="103"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="103"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="103"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="104"/>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="112"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="113"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="81"/>
        <source>Learners by week of enrolment</source>
        <translation>按报名周划分的学员</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="51"/>
        <source>not yet</source>
        <translation>尚未到期</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="52"/>
        <source>%1 of %2</source>
        <translation>%2 人中 %1 人</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="60"/>
        <source>Week enrolled</source>
        <translation>报名周</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="62"/>
        <source>Learners</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="64"/>
        <source>Learning after 1 week</source>
        <translation>1 周后仍在学</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="65"/>
        <source>After 2 weeks</source>
        <translation>2 周后</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="66"/>
        <source>After 4 weeks</source>
        <translation>4 周后</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="67"/>
        <source>Completed</source>
        <translation>已学完</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="218"/>
        <source>Choose one course to see its learners by week of enrolment.</source>
        <translation>选择一门课程，查看按报名周划分的学员。</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="230"/>
        <source>Nobody has enrolled yet: each week with an enrolment shows here.</source>
        <translation>还没有人报名：有报名的每一周都会显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="231"/>
        <source>Of those who enrolled in a week: how many were still learning (any progress or reply) 1, 2 and 4 weeks later, and how many finished.</source>
        <translation>同一周报名的学员中：1、2、4 周后仍在学习（有任何进度或回复）的人数，以及学完的人数。</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="239"/>
        <source>The period starts after it ends; choose the dates again.</source>
        <translation>开始日期晚于结束日期；请重新选择。</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="293"/>
        <source>Nothing to show yet: no sales, enrolments or replies.</source>
        <translation>暂无数据：没有销售、报名或回复。</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_view.cpp" line="294"/>
        <source>Nothing in this period: no sales, enrolments or replies.</source>
        <translation>此时段内没有销售、报名或回复。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::AppSession</name>
    <message>
        <source>Lyceum could not open its local data.</source>
        <translation>Lyceum 无法打开本地数据。</translation>
    </message>
    <message>
        <source>Starting the demo community…</source>
        <translation>正在启动演示社群…</translation>
    </message>
    <message>
        <source>The demo community could not be started.</source>
        <translation>演示社群无法启动。</translation>
    </message>
    <message>
        <source>The demo community stopped unexpectedly.</source>
        <translation>演示社群意外停止。</translation>
    </message>
    <message>
        <source>Signing in as the demo learner…</source>
        <translation>正在以演示学员身份登录…</translation>
    </message>
    <message>
        <source>Lyceum could not create its profile folder.</source>
        <translation>Lyceum 无法创建个人资料文件夹。</translation>
    </message>
    <message>
        <source>Signing in to the demo community failed.</source>
        <translation>登录演示社群失败。</translation>
    </message>
    <message>
        <source>Opening your profile…</source>
        <translation>正在打开你的个人资料…</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>正在恢复登录状态…</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CataloguePage</name>
    <message>
        <location filename="../ui/catalogue/catalogue_page.cpp" line="229"/>
        <source>The courses could not be read from this computer&apos;s copy of the community. Syncing again or signing in to a new profile may repair it.
%1</source>
        <translation>无法从本机保存的社群副本中读取课程。重新同步，或在新的个人资料中登录，也许可以修复。
%1</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Search courses, creators, topics…  (Ctrl+F)</source>
        <translation>搜索课程、作者、主题…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>搜索课程</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Any price</source>
        <translation>全部价格</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付费</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程列表</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n 门课程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n course(s)</source>
        <translation>
            <numerusform>%1 / %n 门课程</numerusform>
        </translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation>没有与“%1”匹配的课程。</translation>
    </message>
    <message>
        <source>No course matches these filters.</source>
        <translation>没有符合这些筛选条件的课程。</translation>
    </message>
    <message>
        <source>This community has no published courses yet.</source>
        <translation>这个社群还没有发布课程。</translation>
    </message>
    <message>
        <source>Loading courses…</source>
        <translation>正在加载课程…</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CheckoutDialog</name>
    <message>
        <location filename="../ui/commerce/checkout_dialog.cpp"/>
        <source>Test card: 4242 4242 4242 4242 is accepted, 4000 0000 0000 0002 is declined.</source>
        <translation>测试卡：4242 4242 4242 4242 可以支付成功，4000 0000 0000 0002 会被拒绝。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Membership, renews every year; cancel any time.</source>
        <translation>会员，每年自动续费，可随时取消。</translation>
    </message>
    <message>
        <source>Membership, renews every month; cancel any time.</source>
        <translation>会员，每月自动续费，可随时取消。</translation>
    </message>
    <message>
        <source>Course, yours for good: every lesson, also offline.</source>
        <translation>课程永久归你：全部课时，离线也能学。</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>优惠码</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>月/年</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>持卡人姓名</translation>
    </message>
    <message>
        <source>CVC</source>
        <translation>安全码</translation>
    </message>
    <message>
        <source>&amp;Card number</source>
        <translation>卡号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Expires</source>
        <translation>有效期(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;oupon</source>
        <translation>优惠码(&amp;O)</translation>
    </message>
    <message>
        <source>Sandbox payments: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined.</source>
        <translation>沙盒支付：4242 4242 4242 4242 会成功，4000 0000 0000 0002 会被拒绝。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Payment received — thank you!</source>
        <translation>已收到付款，谢谢！</translation>
    </message>
    <message>
        <source>Start learning</source>
        <translation>开始学习</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>支付 %1</translation>
    </message>
    <message>
        <source>The card number is not complete or not valid.</source>
        <translation>卡号不完整或无效。</translation>
    </message>
    <message>
        <source>Enter the expiry as MM/YY.</source>
        <translation>请按 月/年（MM/YY）填写有效期。</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>银行卡已过期。</translation>
    </message>
    <message>
        <source>Enter the 3 or 4 digits of the security code.</source>
        <translation>请输入 3 或 4 位安全码。</translation>
    </message>
    <message>
        <source>%1 (was %2, coupon %3)</source>
        <translation>%1（原价 %2，优惠码 %3）</translation>
    </message>
    <message>
        <source>Get it free</source>
        <translation>免费获取</translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>正在支付…</translation>
    </message>
    <message>
        <source>Order %1
%2
Paid %3 with the card ending in %4.
A receipt is in your wallet.</source>
        <translation>订单 %1
%2
已用尾号 %4 的银行卡支付 %3。
收据已放入你的钱包。</translation>
    </message>
    <message>
        <source>The price has changed: it is now %1. Nothing was charged; check the new total and pay again if you still want it.</source>
        <translation>价格已变动：现价为 %1。没有扣款；请确认新的总价，如仍要购买请再次付款。</translation>
    </message>
    <message>
        <source>The checkout expired before the payment, so nothing was charged. Here it is again at today&apos;s price, %1: pay again to buy.</source>
        <translation>付款前订单已过期，所以没有扣款。已按当前价格 %1 重新下单：再次付款即可购买。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::Composer</name>
    <message>
        <location filename="../ui/composer/composer.cpp"/>
        <source>Members to mention</source>
        <translation>可提及的成员</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp"/>
        <source>Write a reply… Markdown; Ctrl+Enter sends</source>
        <translation>写回复…支持 Markdown，Ctrl+Enter 发送</translation>
    </message>
    <message>
        <location filename="../ui/composer/composer.cpp"/>
        <source>Show how the reply will look</source>
        <translation>查看回复发出后的样子</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Write a reply… Markdown is supported.</source>
        <translation>写下你的回复… 支持 Markdown。</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Reply to the thread instead</source>
        <translation>改为回复整个话题</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>取消回复</translation>
    </message>
    <message>
        <source>Markdown · Ctrl+Enter to send</source>
        <translation>支持 Markdown · Ctrl+Enter 发送</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>回复 %1</translation>
    </message>
    <message>
        <source>Editing your post</source>
        <translation>正在编辑你的帖子</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CourseCardDelegate</name>
    <message>
        <location filename="../ui/catalogue/course_card_delegate.cpp"/>
        <source>Owned</source>
        <translation>已拥有</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n 节课</numerusform>
        </translation>
    </message>
    <message>
        <source>Free preview</source>
        <translation>免费试看</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CoursePage</name>
    <message>
        <location filename="../ui/course/course_page.cpp" line="279"/>
        <source>Back to %1</source>
        <translation>返回%1</translation>
    </message>
    <message>
        <location filename="../ui/course/course_page.cpp" line="278"/>
        <source>Back to %1 (Alt+Left)</source>
        <translation>返回%1（Alt+←）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/course/course_page.cpp"/>
        <source>%1 of %n lesson(s) done</source>
        <translation>
            <numerusform>已完成 %1/%n 节课</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/course/course_page.cpp"/>
        <source>Owned</source>
        <translation>已拥有</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Back to the catalogue (Alt+Left)</source>
        <translation>返回课程列表 (Alt+←)</translation>
    </message>
    <message>
        <source>Course description</source>
        <translation>课程介绍</translation>
    </message>
    <message>
        <source>Syllabus</source>
        <translation>课程大纲</translation>
    </message>
    <message>
        <source>Course discussions</source>
        <translation>课程讨论</translation>
    </message>
    <message>
        <source>No questions yet. Ask the first one.</source>
        <translation>还没有提问，来问第一个问题吧。</translation>
    </message>
    <message>
        <source>About this course</source>
        <translation>关于本课程</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>Loading the course…</source>
        <translation>正在加载课程…</translation>
    </message>
    <message>
        <source>This course is no longer available.</source>
        <translation>该课程已不可用。</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作者：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n 节课</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>共 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n free preview(s)</source>
        <translation>
            <numerusform>%n 节免费试看</numerusform>
        </translation>
    </message>
    <message>
        <source>Or join the membership</source>
        <translation>或开通会员</translation>
    </message>
    <message>
        <source>Buy for %1</source>
        <translation>购买 %1</translation>
    </message>
    <message>
        <source>Free: every lesson is open to you.</source>
        <translation>免费：所有课时都向你开放。</translation>
    </message>
    <message>
        <source>Yours: every lesson is open to you, also offline.</source>
        <translation>已拥有：所有课时都向你开放，离线也能学。</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) unlock when you buy the course or join the membership; free previews open now.</source>
        <translation>
            <numerusform>购买课程或开通会员后解锁 %n 节课时；试看课时现在就能学。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to the internet to confirm your access: paid lessons open again after the next sync.</source>
        <translation>请联网确认你的访问权限：下次同步后付费课时会重新开放。</translation>
    </message>
    <message>
        <source>Ratings and reviews</source>
        <translation>评分与评价</translation>
    </message>
    <message numerus="yes">
        <source>★ %1 · %n rating(s)</source>
        <translation>
            <numerusform>★ %1 · %n 个评分</numerusform>
        </translation>
    </message>
    <message>
        <source>Builds on: %1</source>
        <translation>先修课程：%1</translation>
    </message>
    <message>
        <location filename="../ui/course/course_page.cpp"/>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <location filename="../ui/course/course_page.cpp"/>
        <source>Copy a lyceum:// link to this course</source>
        <translation>复制指向此课程的 lyceum:// 链接</translation>
    </message>
    <message>
        <location filename="../ui/course/course_page.cpp" line="0"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::DailyChart</name>
    <message>
        <source>Net revenue and enrolments by day</source>
        <translation>每日净收入与报名</translation>
    </message>
    <message>
        <source>No sales, enrolments or replies yet.</source>
        <translation>还没有销量、报名或回复。</translation>
    </message>
    <message>
        <source>Net revenue per day (max %1)</source>
        <translation>每日净收入（最高 %1）</translation>
    </message>
    <message>
        <source>Enrolments (max %1)</source>
        <translation>报名（最高 %1）</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_charts.cpp" line="74"/>
        <source>No net revenue in this period</source>
        <translation>此时段内没有净收入</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_charts.cpp" line="79"/>
        <source>No enrolments in this period</source>
        <translation>此时段内没有报名</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::DemoLauncher</name>
    <message numerus="yes">
        <source>The demo community did not start within %n second(s).</source>
        <translation>
            <numerusform>演示社群未能在 %n 秒内启动。</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo server was not found at %1. Reinstall Lyceum, or sign in to a community with --profile.</source>
        <translation>在 %1 找不到演示服务器。请重新安装 Lyceum，或使用 --profile 登录社群。</translation>
    </message>
    <message>
        <source>Could not create the demo data folder %1.</source>
        <translation>无法创建演示数据文件夹 %1。</translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>演示服务器无法启动：%1</translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1). %2</source>
        <translation>演示服务器已停止（退出码 %1）。%2</translation>
    </message>
    <message>
        <location filename="../ui/demo/demo_launcher.cpp"/>
        <source>The demo data folder %1 cannot be used.</source>
        <translation>无法使用演示数据文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../ui/demo/demo_launcher.cpp"/>
        <source>Another program (process %1) is using the demo data folder %2.</source>
        <translation>另一个程序（进程 %1）正在使用演示数据文件夹 %2。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::DiscussionsPage</name>
    <message>
        <source>Only the community's team (teachers, moderators and admins) starts threads in this space.</source>
        <translation>这个版块只有社区团队（老师、版主和管理员）可以发起话题。</translation>
    </message>
    <message>
        <source>Only members of this space's courses can start threads here.</source>
        <translation>只有这个版块课程的学员可以在这里发起话题。</translation>
    </message>
    <message>
        <source>Only the community's team (teachers, moderators and admins) replies in this space.</source>
        <translation>这个版块只有社区团队（老师、版主和管理员）可以回复。</translation>
    </message>
    <message>
        <source>Only members of this space's courses can reply here.</source>
        <translation>只有这个版块课程的学员可以在这里回复。</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>发起话题</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>版块</translation>
    </message>
    <message>
        <source>Start a thread in this space (Ctrl+N)</source>
        <translation>在此版块发起话题 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>No threads here yet. Start the first one.</source>
        <translation>这里还没有话题，来发起第一个吧。</translation>
    </message>
    <message>
        <location filename="../ui/discussions/discussions_page.cpp" line="0"/>
        <source>Choose a space</source>
        <translation>选择讨论区</translation>
    </message>
    <message>
        <location filename="../ui/discussions/discussions_page.cpp" line="0"/>
        <source>Posts</source>
        <translation>帖子</translation>
    </message>
    <message>
        <location filename="../ui/discussions/discussions_page.cpp"/>
        <source>This space is closed: you can read it, but only the community's team posts here.</source>
        <translation>此空间已关闭：你可以阅读，但只有社群团队可以发帖。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discussions/discussions_page.cpp"/>
        <source>Slow mode: one post every %n second(s) here.</source>
        <translation>
            <numerusform>慢速模式：此处每 %n 秒只能发一帖。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discussions/discussions_page.cpp"/>
        <source>You can post again in %n second(s).</source>
        <translation>
            <numerusform>%n 秒后可以再次发帖。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::DownloadsPage</name>
    <message>
        <location filename="../ui/downloads/downloads_page.cpp" line="46"/>
        <source>Lesson videos kept on this computer to watch offline. Paid ones are stored encrypted and are removed when the course is no longer yours.</source>
        <translation>保存在这台电脑上、可离线观看的课程视频。付费视频加密保存，课程不再属于你时会被删除。</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>已在本机</translation>
    </message>
    <message>
        <source>Downloading %1 %</source>
        <translation>正在下载 %1 %</translation>
    </message>
    <message>
        <source>Waiting its turn</source>
        <translation>排队等待</translation>
    </message>
    <message>
        <source>Paused at %1 %</source>
        <translation>暂停于 %1 %</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Lesson videos kept on this computer to watch offline. Paid ones are sealed with a key in the system keychain and are removed when the course is no longer yours.</source>
        <translation>保存在本机、可离线观看的课程视频。付费视频用系统钥匙串中的密钥加密，课程不再属于你时会被删除。</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Nothing downloaded yet. Open a lesson with a video and choose “Download for offline”.</source>
        <translation>还没有下载。打开一节有视频的课，选择“下载以离线观看”。</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Space for downloads</source>
        <translation>下载空间</translation>
    </message>
    <message>
        <source>Space for downloads:</source>
        <translation>下载空间：</translation>
    </message>
    <message>
        <source>%1 used of %2 GB</source>
        <translation>已用 %1，共 %2 GB</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::DraftDetails</name>
    <message>
        <source>Free preview: anyone may watch or read it</source>
        <translation>免费试看：任何人都可以观看或阅读</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>One lesson title per line</source>
        <translation>每行一个课时标题</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>价格(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课时(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>课程(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>发布到(&amp;W)</translation>
    </message>
    <message>
        <source>Choose a course…</source>
        <translation>选择课程…</translation>
    </message>
    <message>
        <source>Choose where it goes…</source>
        <translation>选择发布位置…</translation>
    </message>
    <message>
        <source>Course: %1</source>
        <translation>课程：%1</translation>
    </message>
    <message>
        <source>Space: %1</source>
        <translation>版块：%1</translation>
    </message>
    <message>
        <source>Give it a title first.</source>
        <translation>请先填写标题。</translation>
    </message>
    <message>
        <source>Choose the course this lesson belongs to.</source>
        <translation>请选择这个课时所属的课程。</translation>
    </message>
    <message>
        <source>Choose where to post it.</source>
        <translation>请选择发布位置。</translation>
    </message>
    <message>
        <source>Write something to post.</source>
        <translation>请先写点内容。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Attach a video…</source>
        <translation>添加视频…</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Attach a video</source>
        <translation>添加视频</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.m4v *.webm)</source>
        <translation>视频 (*.mp4 *.m4v *.webm)</translation>
    </message>
    <message>
        <source>No video: a text lesson</source>
        <translation>无视频：图文课时</translation>
    </message>
    <message>
        <source>%1 (uploaded)</source>
        <translation>%1（已上传）</translation>
    </message>
    <message>
        <source>%1 (%2 MB, uploaded once the lesson is published)</source>
        <translation>%1（%2 MB，课时发布后上传）</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::DraftEditor</name>
    <message>
        <source>History…</source>
        <translation>历史版本…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Write in Markdown…</source>
        <translation>用 Markdown 写作…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Saved on this computer at %1</source>
        <translation>已于 %1 保存在本机</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>History of the draft</source>
        <translation>草稿的历史版本</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>恢复这个版本</translation>
    </message>
    <message>
        <source>Insert image…</source>
        <translation>插入图片…</translation>
    </message>
    <message>
        <source>A PNG, JPEG, GIF or WebP picture up to 1 MB, sent when online</source>
        <translation>不超过 1 MB 的 PNG、JPEG、GIF 或 WebP 图片，联网后上传</translation>
    </message>
    <message>
        <source>Insert an image</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>The image was not added: %1</source>
        <translation>图片未添加：%1</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::FunnelChart</name>
    <message>
        <source>Learners who started and finished each lesson</source>
        <translation>每个课时开始和学完的学员</translation>
    </message>
    <message>
        <source>Choose one course to see its lessons.</source>
        <translation>选择一门课程即可查看各课时。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/studio/analytics_charts.cpp" line="158"/>
        <source>not started yet</source>
        <translation>还没有人开始</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::HomePage</name>
    <message>
        <location filename="../ui/home/home_page.cpp"/>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location filename="../ui/home/home_page.cpp"/>
        <source>Since your last visit, %1.</source>
        <translation>自你上次来访（%1）以来。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/home/home_page.cpp"/>
        <source>%n more not shown. </source>
        <translation>
            <numerusform>另有 %n 条未显示。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/home/home_page.cpp"/>
        <source>While you were away</source>
        <translation>你不在时</translation>
    </message>
    <message>
        <location filename="../ui/home/home_page.cpp"/>
        <source>Announcement from %1</source>
        <translation>%1 发布的公告</translation>
    </message>
    <message>
        <location filename="../ui/home/home_page.cpp"/>
        <source>%1 replied to you</source>
        <translation>%1 回复了你</translation>
    </message>
    <message>
        <location filename="../ui/home/home_page.cpp"/>
        <source>New lesson in “%1”</source>
        <translation>“%1”有新课时</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Suggestions are worked out on this computer from what you study; your history is never sent for them.</source>
        <translation>推荐在这台电脑上根据你的学习记录算出；你的学习记录不会为此发送出去。</translation>
    </message>
    <message>
        <source>Because you studied “%1”</source>
        <translation>因为你学过《%1》</translation>
    </message>
    <message>
        <source>Popular in %1</source>
        <translation>%1 热门</translation>
    </message>
    <message>
        <source>New from %1, whose course you take</source>
        <translation>你在学的老师 %1 的新课</translation>
    </message>
    <message>
        <source>New in %1</source>
        <translation>%1 新课</translation>
    </message>
    <message>
        <source>Follows “%1”, which you finished</source>
        <translation>学完《%1》之后的下一步</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>已拥有</translation>
    </message>
    <message>
        <source>Every lesson done</source>
        <translation>所有课时已完成</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一课：%1</translation>
    </message>
    <message>
        <source>%1 of %2 lessons done</source>
        <translation>已完成 %1/%2 课时</translation>
    </message>
    <message>
        <source>Continue learning</source>
        <translation>继续学习</translation>
    </message>
    <message>
        <source>Open a lesson from any course and it waits for you here.</source>
        <translation>打开任意课程的一节课，它就会在这里等你继续。</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>为你推荐</translation>
    </message>
    <message>
        <source>Nothing to suggest yet.</source>
        <translation>暂时没有推荐。</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步学什么</translation>
    </message>
    <message>
        <source>New in your topics</source>
        <translation>你关注领域的新课</translation>
    </message>
    <message>
        <source>No new courses in your topics lately.</source>
        <translation>你关注的领域最近没有新课。</translation>
    </message>
    <message>
        <source>Builds on “%1”, which you finished</source>
        <translation>你已学完的《%1》的进阶课</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::LessonDialog</name>
    <message>
        <source>Free preview</source>
        <translation>免费试看</translation>
    </message>
    <message>
        <source>This lesson is locked. It opens once you own the course.</source>
        <translation>本节课已锁定，购买课程后即可学习。</translation>
    </message>
    <message>
        <source>This lesson has no text.</source>
        <translation>本节课没有文字内容。</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>课程正文</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>已完成 ✓</translation>
    </message>
    <message>
        <location filename="../ui/course/lesson_dialog.cpp"/>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <location filename="../ui/course/lesson_dialog.cpp"/>
        <source>Copy a lyceum:// link to this lesson at the current time</source>
        <translation>复制指向此课时当前时间点的 lyceum:// 链接</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::LessonPlayer</name>
    <message>
        <location filename="../ui/player/lesson_player.cpp" line="620"/>
        <source>That was the last lesson with a video in this course.</source>
        <translation>这是本课程最后一节有视频的课。</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格）</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>静音 (M)</translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation>全屏 (F)</translation>
    </message>
    <message>
        <source>Play the next lesson</source>
        <translation>自动播放下一课</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Jump to a chapter</source>
        <translation>跳到章节</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>倍速</translation>
    </message>
    <message>
        <source>Speed ([ slower, ] faster)</source>
        <translation>倍速（[ 减速，] 加速）</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Back 10 seconds (←)</source>
        <translation>后退 10 秒 (←)</translation>
    </message>
    <message>
        <source>Forward 10 seconds (→)</source>
        <translation>前进 10 秒 (→)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Notes; Enter or a click jumps there, Delete removes</source>
        <translation>笔记；回车或点击跳到该处，Delete 删除</translation>
    </message>
    <message>
        <source>A note at this moment…</source>
        <translation>在这个时刻记一笔…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新笔记</translation>
    </message>
    <message>
        <source>Downloading %1 % · Pause</source>
        <translation>正在下载 %1 % · 暂停</translation>
    </message>
    <message>
        <source>Add a note at %1</source>
        <translation>在 %1 添加笔记</translation>
    </message>
    <message>
        <source>Loading the video…</source>
        <translation>正在加载视频…</translation>
    </message>
    <message>
        <source>Captions off</source>
        <translation>关闭字幕</translation>
    </message>
    <message>
        <source>The downloaded video cannot be opened: %1</source>
        <translation>无法打开已下载的视频：%1</translation>
    </message>
    <message>
        <source>Playing the copy on this computer.</source>
        <translation>正在播放本机上的副本。</translation>
    </message>
    <message>
        <source>Continuing from %1.</source>
        <translation>从 %1 继续。</translation>
    </message>
    <message>
        <source>This computer cannot decode this video (%1). Installing GStreamer's libav plugins (Debian: gstreamer1.0-libav) usually fixes it.</source>
        <translation>这台电脑无法解码这个视频（%1）。安装 GStreamer 的 libav 插件（Debian：gstreamer1.0-libav）通常可以解决。</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>The video could not be played: %1. Press play to try again.</source>
        <translation>视频无法播放：%1。按播放键重试。</translation>
    </message>
    <message>
        <source>Jump to %1</source>
        <translation>跳到 %1</translation>
    </message>
    <message>
        <source>No notes yet. Write one below: it keeps the moment of the video.</source>
        <translation>还没有笔记。在下方写一条：它会记住视频的这个时刻。</translation>
    </message>
    <message>
        <source>Downloaded ✓ · Remove</source>
        <translation>已下载 ✓ · 删除</translation>
    </message>
    <message>
        <source>Downloading… · Pause</source>
        <translation>正在下载… · 暂停</translation>
    </message>
    <message>
        <source>Resume download (%1 %)</source>
        <translation>继续下载（%1 %）</translation>
    </message>
    <message>
        <source>Download for offline</source>
        <translation>下载以离线观看</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一课：%1</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::LoginDialog</name>
    <message>
        <location filename="../ui/login/login_dialog.cpp"/>
        <source>New here? Create an account on this community</source>
        <translation>第一次来？在这个社群创建账号</translation>
    </message>
    <message>
        <location filename="../ui/login/login_dialog.cpp"/>
        <source>Create an account…</source>
        <translation>创建账号…</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>在这台电脑上记住我(&amp;R)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Sign in to Lyceum</source>
        <translation>登录 Lyceum</translation>
    </message>
    <message>
        <source>Lyceum</source>
        <translation>Lyceum</translation>
    </message>
    <message>
        <source>Sign in to your learning community.</source>
        <translation>登录你的学习社群。</translation>
    </message>
    <message>
        <source>https://community.example.com</source>
        <translation>https://community.example.com</translation>
    </message>
    <message>
        <source>your_handle</source>
        <translation>你的用户名</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation>用户名(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>No keychain is available, so you will need to sign in again next time. %1</source>
        <translation>系统钥匙串不可用，下次启动时需要重新登录。%1</translation>
    </message>
    <message>
        <source>Enter the address of your community, for example https://community.example.com.</source>
        <translation>请输入社群地址，例如 https://community.example.com。</translation>
    </message>
    <message>
        <source>The handle or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Signing in failed. Check the server address and your connection.</source>
        <translation>登录失败。请检查服务器地址和网络连接。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written as %1 have not been sent yet. Signing in as another account deletes them from this computer. To keep them, sign in as %1 and let them send; to go on, press "Discard and sign in".</source>
        <translation>
            <numerusform>以 %1 身份写下的 %n 项更改尚未发送。以其他账号登录会把它们从这台电脑上删除。要保留它们，请以 %1 身份登录并等待发送完成；要继续，请按“放弃并登录”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard and sign in</source>
        <translation>放弃并登录</translation>
    </message>
    <message>
        <source>Too many attempts, try again in %1 s.</source>
        <translation>尝试次数过多，请在 %1 秒后重试。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.cpp"/>
        <source>Saved</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp"/>
        <source>My library</source>
        <translation>我的课程</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>Catalogue</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>Previous course</source>
        <translation>上一门课程</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>Studio</source>
        <translation>创作中心</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>Moderation</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>Wallet</source>
        <translation>钱包</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>Discussions</source>
        <translation>讨论</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Lyceum</source>
        <translation>Lyceum</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出了点问题。</translation>
    </message>
    <message>
        <source>You're offline — reading from this computer; what you write is sent when you're back online.</source>
        <translation>你已离线——正在读取本机保存的内容；你写的内容会在恢复联网后发送。</translation>
    </message>
    <message>
        <source>This community offers no membership.</source>
        <translation>这个社群没有提供会员。</translation>
    </message>
    <message>
        <source>%1 — %2 per %3</source>
        <translation>%1 — 每%3 %2</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="0"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::MergeDialog</name>
    <message>
        <source>Compare the two versions</source>
        <translation>对比两个版本</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>你的版本</translation>
    </message>
    <message>
        <source>Nothing is lost: keep either version, or edit yours on the right to take what you want from theirs.</source>
        <translation>不会丢失任何内容：可以保留任一版本，也可以在右侧编辑你的版本，吸收对方的内容。</translation>
    </message>
    <message>
        <source>Your version (editable)</source>
        <translation>你的版本（可编辑）</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>使用对方版本</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ModerationNoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Moderators' notice</source>
        <translation>版主通知</translation>
    </message>
    <message>
        <source>Hide these notices; they are not shown again</source>
        <translation>隐藏这些通知，之后不再显示</translation>
    </message>
    <message>
        <source>A moderator stopped you from writing in this community.</source>
        <translation>版主已禁止你在本社区发言。</translation>
    </message>
    <message>
        <source>A moderator warned you.</source>
        <translation>版主向你发出了警告。</translation>
    </message>
    <message>
        <source>A moderator warned you about what you wrote in “%1”.</source>
        <translation>版主就你在“%1”中发表的内容向你发出了警告。</translation>
    </message>
    <message>
        <source>A moderator removed your reply in “%1”.</source>
        <translation>版主删除了你在“%1”中的回复。</translation>
    </message>
    <message>
        <source>A moderator closed your thread “%1” to new replies.</source>
        <translation>版主关闭了你的主题“%1”，不再接受新回复。</translation>
    </message>
    <message>
        <source>A moderator acted on your account.</source>
        <translation>版主对你的账号采取了处理。</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>原因：%1。</translation>
    </message>
    <message numerus="yes">
        <source>(and %n earlier notice(s))</source>
        <translation>
            <numerusform>（另有 %n 条较早的通知）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>Appeal…</source>
        <translation>申诉…</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>Ask the moderators to reconsider, once, with a note</source>
        <translation>附上说明请版主重新考虑（仅限一次）</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>Your appeal was granted: the moderators' action was undone.</source>
        <translation>你的申诉已获批准：版主的处理已撤销。</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>Your appeal was considered; the moderators' action stands.</source>
        <translation>你的申诉已审阅；版主的处理维持不变。</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>A post of yours held for review was not published.</source>
        <translation>你一条待审核的帖子未被发布。</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>A post of yours held for review was published.</source>
        <translation>你一条待审核的帖子已发布。</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>A moderator approved your membership: you can post now.</source>
        <translation>版主已通过你的成员资格：现在可以发帖了。</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>A moderator did not approve your membership.</source>
        <translation>版主未通过你的成员资格。</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>Why should the moderators reconsider? You can appeal this once.</source>
        <translation>为什么版主应该重新考虑？此处理只能申诉一次。</translation>
    </message>
    <message>
        <location filename="../ui/shell/moderation_notice_bar.cpp"/>
        <source>Your appeal is sent; the outcome will be shown here.</source>
        <translation>申诉已发送；结果会显示在这里。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ModerationPage</name>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Moderation sections</source>
        <translation>审核分区</translation>
    </message>
    <message>
        <source>spam</source>
        <translation>垃圾广告</translation>
    </message>
    <message>
        <source>abuse</source>
        <translation>辱骂</translation>
    </message>
    <message>
        <source>off topic</source>
        <translation>跑题</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>ban</source>
        <translation>封禁</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>任何原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Spam or advertising</source>
        <translation>垃圾信息或广告</translation>
    </message>
    <message>
        <source>Off topic for this space</source>
        <translation>与本版块无关</translation>
    </message>
    <message>
        <source>Abusive language</source>
        <translation>辱骂性语言</translation>
    </message>
    <message>
        <source>Breaks the community rules</source>
        <translation>违反社区规则</translation>
    </message>
    <message>
        <source>Reason shown to the author</source>
        <translation>向作者展示的原因</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>审核日志…</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>通过 (A)</translation>
    </message>
    <message>
        <source>Hide (H)</source>
        <translation>隐藏 (H)</translation>
    </message>
    <message>
        <source>Delete (D)</source>
        <translation>删除 (D)</translation>
    </message>
    <message>
        <source>Ban (B)</source>
        <translation>封禁 (B)</translation>
    </message>
    <message>
        <source>Undo (U)</source>
        <translation>撤销 (U)</translation>
    </message>
    <message>
        <source>Showing the queue as last fetched: %1</source>
        <translation>显示的是上次获取的队列：%1</translation>
    </message>
    <message>
        <source>Resolved by another moderator</source>
        <translation>已由其他审核员处理</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>已排队：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 个举报</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting for review.</source>
        <translation>没有待审核的内容。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>reporter upheld %1 %</source>
        <translation>举报人成立率 %1 %</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>优先级 %1</translation>
    </message>
    <message>
        <source>The action could not be undone: %1</source>
        <translation>无法撤销此操作：%1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审核日志</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审核日志</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The audit log could not be saved: %1</source>
        <translation>无法保存审核日志：%1</translation>
    </message>
    <message>
        <source>Another moderator resolved this before your action was sent; nothing of yours was applied. U dismisses it.</source>
        <translation>在你的操作发送之前，其他审核员已处理此项；你的操作没有生效。按 U 可清除此提示。</translation>
    </message>
    <message>
        <source>Spam score %1 (this computer's classifier)</source>
        <translation>垃圾评分 %1（本机分类器）</translation>
    </message>
    <message>
        <source>Weighed most: %1</source>
        <translation>影响最大的特征：%1</translation>
    </message>
    <message>
        <source>No spam score yet: the classifier on this computer learns from your decisions and scores once it has seen spam and not spam.</source>
        <translation>暂无垃圾评分：本机分类器从你的审核决定中学习，见过垃圾和正常内容后才会评分。</translation>
    </message>
    <message>
        <source>The author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>%1加入</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n 条回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n 个主题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed by moderators</source>
        <translation>
            <numerusform>%n 条被版主删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warned %n time(s)</source>
        <translation>
            <numerusform>被警告 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>banned</source>
        <translation>已封禁</translation>
    </message>
    <message>
        <source>Latest replies:</source>
        <translation>最近的回复：</translation>
    </message>
    <message>
        <source>Any spam score</source>
        <translation>任意垃圾分</translation>
    </message>
    <message>
        <source>Likely spam (0.5 and up)</source>
        <translation>可能是垃圾（0.5 及以上）</translation>
    </message>
    <message>
        <source>Very likely spam (0.9 and up)</source>
        <translation>很可能是垃圾（0.9 及以上）</translation>
    </message>
    <message>
        <source>Spam score</source>
        <translation>垃圾分</translation>
    </message>
    <message>
        <source>Warn (W)</source>
        <translation>警告 (W)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting. Keys: j / k move, a approve, h hide, d delete, b ban, w warn, u undo.</source>
        <translation>
            <numerusform>%n 项待处理。按键：j / k 移动，a 通过，h 隐藏，d 删除，b 封禁，w 警告，u 撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>spam %1</source>
        <translation>垃圾分 %1</translation>
    </message>
    <message>
        <source>Spam score %1 (the community's model)</source>
        <translation>垃圾分 %1（社区模型）</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp" line="0"/>
        <source>Report details</source>
        <translation>举报详情</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Held by a filter</source>
        <translation>被过滤词暂扣</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>New member</source>
        <translation>新成员</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Appeal against: %1 by %2 (%3)</source>
        <translation>申诉的处理：%2 的 %1（%3）</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>A grants the appeal (the action is undone); D upholds it. The author is told either way.</source>
        <translation>A 批准申诉（撤销该处理）；D 维持原处理。两种结果都会通知作者。</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Held by the filter “%1”. A publishes it as its author; D rejects it.</source>
        <translation>被过滤词“%1”暂扣。A 以作者身份发布；D 拒绝。</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Joined while new members wait for approval. A approves them; D refuses.</source>
        <translation>在新成员需审核期间加入。A 通过；D 拒绝。</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>appeal granted</source>
        <translation>申诉已批准</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>appeal upheld</source>
        <translation>维持原处理</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>held post published</source>
        <translation>暂扣帖子已发布</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>held post rejected</source>
        <translation>暂扣帖子已拒绝</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>member approved</source>
        <translation>成员已通过</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>member refused</source>
        <translation>成员未通过</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>space rules changed</source>
        <translation>空间规则已修改</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>filter added</source>
        <translation>已添加过滤词</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>filter removed</source>
        <translation>已删除过滤词</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>settings changed</source>
        <translation>设置已修改</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Appeals</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Held by filters</source>
        <translation>被过滤词暂扣</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Queue</source>
        <translation>待审队列</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>People</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>Open in thread (Enter)</source>
        <translation>在话题中打开（回车）</translation>
    </message>
    <message>
        <location filename="../ui/moderation/moderation_page.cpp"/>
        <source>This item has no thread to open.</source>
        <translation>此项没有可打开的话题。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::NewThreadDialog</name>
    <message>
        <source>New thread</source>
        <translation>发起话题</translation>
    </message>
    <message>
        <source>New thread in %1</source>
        <translation>在“%1”发起话题</translation>
    </message>
    <message>
        <source>A clear, specific title</source>
        <translation>清晰、具体的标题</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>What would you like to discuss? Markdown is supported.</source>
        <translation>想讨论什么？支持 Markdown。</translation>
    </message>
    <message>
        <source>Post thread</source>
        <translation>发布话题</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::OutboxModel</name>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Reply in “%1”</source>
        <translation>回复「%1」</translation>
    </message>
    <message>
        <source>New thread: %1</source>
        <translation>新话题：%1</translation>
    </message>
    <message>
        <source>Reaction %1</source>
        <translation>表情回应 %1</translation>
    </message>
    <message>
        <source>Reaction %1 removed</source>
        <translation>取消表情回应 %1</translation>
    </message>
    <message>
        <source>Change (%1)</source>
        <translation>更改（%1）</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>未被接受</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>未被接受：%1</translation>
    </message>
    <message>
        <source>Edit of your post</source>
        <translation>修改你的帖子</translation>
    </message>
    <message>
        <source>Deletion of your post</source>
        <translation>删除你的帖子</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::OutboxPanel</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Cancel change</source>
        <translation>取消此更改</translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>全部重试</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>等待发送的更改</translation>
    </message>
    <message>
        <source>Send the selected change again</source>
        <translation>重新发送所选更改</translation>
    </message>
    <message>
        <source>Drop the selected change; it is not sent</source>
        <translation>丢弃所选更改，不再发送</translation>
    </message>
    <message>
        <source>Send every change again</source>
        <translation>重新发送所有更改</translation>
    </message>
    <message>
        <source>Cancel this change?</source>
        <translation>取消这项更改？</translation>
    </message>
    <message>
        <source>“%1” will not be sent and is removed from this computer.</source>
        <translation>「%1」将不会发送，并从本机删除。</translation>
    </message>
    <message>
        <source>Everything you wrote has been sent.</source>
        <translation>你写的内容都已发送。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to send</source>
        <translation>
            <numerusform>%n 项更改等待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not accepted</source>
        <translation>
            <numerusform>%n 项未被接受</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::PostListModel</name>
    <message>
        <source>This post was deleted.</source>
        <translation>该帖子已删除。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::PostWidget</name>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Save post</source>
        <translation>收藏帖子</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Remove from saved posts</source>
        <translation>取消收藏</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Save this post</source>
        <translation>收藏这个帖子</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Remove this post from your saved posts</source>
        <translation>从收藏中移除这个帖子</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Remove from your saved posts (Ctrl+S)</source>
        <translation>从收藏中移除 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Keep this post in your saved posts (Ctrl+S)</source>
        <translation>收藏这个帖子 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Save</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Saved</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Hidden by a moderator. Reason: %1.</source>
        <translation>已被版主隐藏。原因：%1。</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Hidden by a moderator.</source>
        <translation>已被版主隐藏。</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>You reported this post to the moderators</source>
        <translation>你已向版主举报这条帖子</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Reported</source>
        <translation>已举报</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>React to this post</source>
        <translation>回应这条帖子</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Show the replies under this post</source>
        <translation>展开这条帖子下的回复</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Fold the replies under this post away</source>
        <translation>收起这条帖子下的回复</translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Hide the replies to this post</source>
        <translation>收起对这条帖子的回复</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>▸ Show %n reply(s)</source>
        <translation>
            <numerusform>▸ 展开 %n 条回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Show %n reply(s) to this post</source>
        <translation>
            <numerusform>展开对这条帖子的 %n 条回复</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/discussions/post_widget.cpp"/>
        <source>Copy link to this post</source>
        <translation>复制此帖的链接</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>✓ Accepted answer</source>
        <translation>✓ 已采纳答案</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>This post was deleted.</source>
        <translation>该帖子已删除。</translation>
    </message>
    <message>
        <source>Post by %1</source>
        <translation>%1 的帖子</translation>
    </message>
    <message>
        <source>Remove your reaction</source>
        <translation>取消你的表情回应</translation>
    </message>
    <message>
        <source>React with %1</source>
        <translation>用 %1 回应</translation>
    </message>
    <message>
        <source>React</source>
        <translation>表情</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>回复 %1</translation>
    </message>
    <message>
        <source>Add a reaction</source>
        <translation>添加表情回应</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>编辑后重新发送</translation>
    </message>
    <message>
        <source>Put the text back in the editor to change it and send it again</source>
        <translation>把文字放回编辑框，修改后再次发送</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Remove this reply; it is not sent</source>
        <translation>删除这条回复，不再发送</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Change your post</source>
        <translation>修改你的帖子</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete your post</source>
        <translation>删除你的帖子</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Tell the moderators about this post</source>
        <translation>向审核员举报这条帖子</translation>
    </message>
    <message>
        <source>Hidden as possible spam.</source>
        <translation>疑似垃圾信息，已折叠。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the post hidden as possible spam</source>
        <translation>显示被折叠的疑似垃圾帖子</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Tell the moderators what is wrong with %1. Only they see your report.</source>
        <translation>告诉审核员%1有什么问题。只有审核员能看到你的举报。</translation>
    </message>
    <message>
        <source>Spam or advertising</source>
        <translation>垃圾信息或广告</translation>
    </message>
    <message>
        <source>Abusive or hateful</source>
        <translation>辱骂或仇恨言论</translation>
    </message>
    <message>
        <source>Off topic</source>
        <translation>跑题</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>A note for the moderators (optional)</source>
        <translation>给审核员的备注（可选）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Tell the moderators what is wrong. Only they see your report.</source>
        <translation>告诉版主哪里有问题。只有版主能看到你的举报。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ReviewsPanel</name>
    <message>
        <source>No ratings yet. Learners who take the course can rate it.</source>
        <translation>还没有评分。学习本课程的学员可以评分。</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n 星</numerusform>
        </translation>
    </message>
    <message>
        <source>What did you think? (optional)</source>
        <translation>你觉得怎么样？（可选）</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>Most helpful first</source>
        <translation>最有帮助优先</translation>
    </message>
    <message>
        <source>Order of reviews</source>
        <translation>评价排序</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n 个评分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n 位学员</numerusform>
        </translation>
    </message>
    <message>
        <source>Your rating: </source>
        <translation>你的评分：</translation>
    </message>
    <message>
        <source>Rate this course: </source>
        <translation>为本课程评分：</translation>
    </message>
    <message>
        <source>Update review</source>
        <translation>更新评价</translation>
    </message>
    <message>
        <source>Post review</source>
        <translation>发表评价</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>A learner</source>
        <translation>一位学员</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>未被接受：%1</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <source>The creator answered: %1</source>
        <translation>老师回复：%1</translation>
    </message>
    <message>
        <source>Helpful (%1)</source>
        <translation>有帮助（%1）</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Edit answer</source>
        <translation>修改回复</translation>
    </message>
    <message>
        <source>Answer the review</source>
        <translation>回复评价</translation>
    </message>
    <message>
        <source>Your answer, shown under the review:</source>
        <translation>你的回复，会显示在评价下方：</translation>
    </message>
    <message>
        <location filename="../ui/course/reviews_panel.cpp" line="0"/>
        <source>Your review</source>
        <translation>你的评价</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ScreenshotTour</name>
    <message>
        <source>Thanks, this helped! A **short** example:

```
print("你好")
```</source>
        <translation>谢谢，很有帮助！一个**简短**的例子：

```
print("你好")
```</translation>
    </message>
    <message>
        <source>General</source>
        <translation>综合讨论</translation>
    </message>
    <message>
        <source>How do you plan your study week?</source>
        <translation>你是怎么安排一周学习计划的？</translation>
    </message>
    <message>
        <source>I am trying to fit **two lessons** a week into a busy schedule. What works for you?</source>
        <translation>我想在忙碌的日程里每周安排**两节课**，你们有什么好方法？</translation>
    </message>
    <message>
        <source>Writing this on the train; it goes out when I am back online.</source>
        <translation>在火车上写的，恢复联网后就会发出去。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SearchPage</name>
    <message>
        <location filename="../ui/search/search_page.cpp" line="154"/>
        <source>Nothing matches “%1”. Check the spelling, use fewer words, or try the other language: Chinese posts are found with Chinese words.</source>
        <translation>没有与“%1”匹配的内容。请检查拼写、减少关键词，或换一种语言：中文帖子要用中文词来搜索。</translation>
    </message>
    <message>
        <location filename="../ui/search/search_page.cpp" line="151"/>
        <source>Try a course or a topic (“SQL”, “数据分析”), a question you have, or a person&apos;s name. Everything synced to this computer is searched, even offline.</source>
        <translation>试试课程或主题（“SQL”“数据分析”）、你的问题或某人的名字。同步到这台电脑上的内容都能搜索，离线也可以。</translation>
    </message>
    <message>
        <location filename="../ui/search/search_page.cpp" line="148"/>
        <source>Type a word or two to search this community: course titles and descriptions, lessons, discussion threads and replies, in Chinese or English.</source>
        <translation>输入一两个词来搜索这个社区：课程标题和介绍、课时、讨论帖和回复，中文英文都可以。</translation>
    </message>
    <message>
        <location filename="../ui/search/search_page.cpp" line="134"/>
        <source>Nothing found for “%1”; showing results for “%2”.</source>
        <translation>没有找到“%1”，以下是“%2”的结果。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search courses, lessons and discussions — 中文 and English</source>
        <translation>搜索课程、课时和讨论 —— 中文和英文都可以</translation>
    </message>
    <message>
        <source>Works offline: everything synced to this computer is searched.</source>
        <translation>离线可用：搜索已同步到这台电脑上的全部内容。</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>没有找到与“%1”相关的内容。</translation>
    </message>
    <message numerus="yes">
        <source>The %n best results</source>
        <translation>
            <numerusform>最相关的 %n 条结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/search/search_page.cpp" line="0"/>
        <source>Search everything</source>
        <translation>搜索全部内容</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SearchResultsModel</name>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp"/>
        <source>&amp;Devices signed in…</source>
        <translation>已登录的设备(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp"/>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Stay signed in</source>
        <translation>保持登录</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Only until Lyceum quits: you will be asked to sign in again next time. To stay signed in, sign out and sign in with “Remember me on this computer” ticked.</source>
        <translation>仅在 Lyceum 退出前有效：下次需要重新登录。如需保持登录，请退出登录，再勾选“在这台电脑上记住我”重新登录。</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Yes, on this computer, until you sign out.</source>
        <translation>是，在这台电脑上保持登录，直到你退出登录。</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Videos you download from now on are kept in this folder. Those already downloaded stay where they are and still play; remove one and download it again to move it. Paid videos are stored encrypted and play only in Lyceum.</source>
        <translation>从现在起下载的视频会保存在这个文件夹中。已经下载的视频留在原处，仍然可以播放；如需移动，请删除后重新下载。付费视频加密保存，只能在 Lyceum 中播放。</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Folder for downloaded lessons</source>
        <translation>存放已下载课程的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>In Lyceum&apos;s own data folder</source>
        <translation>在 Lyceum 自己的数据文件夹中</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Download folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Caption si&amp;ze</source>
        <translation>字幕大小(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Start at &amp;speed</source>
        <translation>起始播放速度(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Lesson videos</source>
        <translation>课程视频</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Show &amp;captions when a video has them</source>
        <translation>视频有字幕时显示字幕(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog_media.cpp" line="30"/>
        <source>Normal (1×)</source>
        <translation>正常 (1×)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>A new language applies after Lyceum restarts.</source>
        <translation>新的语言将在 Lyceum 重启后生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>界面语言(&amp;I)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Kept in the system keychain.</source>
        <translation>保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Kept in memory only: you sign in again after a restart.</source>
        <translation>仅保存在内存中：重启后需要重新登录。</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>当前账号</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sign out of this community? Your downloaded content stays on this computer.</source>
        <translation>要退出这个社群吗？已下载的内容会保留在这台电脑上。</translation>
    </message>
    <message>
        <source>Restart Lyceum</source>
        <translation>重启 Lyceum</translation>
    </message>
    <message>
        <source>Restart Lyceum now to switch the language?</source>
        <translation>现在重启 Lyceum 以切换语言吗？</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>&amp;Notify me of replies and mentions while Lyceum is in the background</source>
        <translation>Lyceum 在后台时，有人回复或提到我就通知我(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp"/>
        <source>&amp;Start Lyceum when I sign in to this computer</source>
        <translation>登录此电脑时启动 Lyceum(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp"/>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>Normal</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>High</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>&amp;Colours</source>
        <translation>配色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>High co&amp;ntrast</source>
        <translation>高对比度(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="0"/>
        <source>&amp;Text size</source>
        <translation>文字大小(&amp;T)</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::Sidebar</name>
    <message>
        <location filename="../ui/shell/sidebar.cpp"/>
        <source>Saved</source>
        <translation>收藏</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/sidebar.cpp"/>
        <source>Inbox, %n unread</source>
        <translation>
            <numerusform>收件箱，%n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/sidebar.cpp"/>
        <source>Inbox (%1)</source>
        <translation>收件箱 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/sidebar.cpp"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../ui/shell/sidebar.cpp"/>
        <source>My library</source>
        <translation>我的课程</translation>
    </message>
    <message>
        <source>Lyceum</source>
        <translation>Lyceum</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>钱包</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>创作中心</translation>
    </message>
    <message>
        <location filename="../ui/shell/sidebar.cpp" line="0"/>
        <source>Shortcut: %1</source>
        <translation>快捷键：%1</translation>
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
        <translation>已登录：%1</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SpaceListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 条未读</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::StartupWindow</name>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
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
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>Changed since publishing</source>
        <translation>发布后有改动</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>Scheduled for %1</source>
        <translation>定时于 %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>Publishing when online</source>
        <translation>联网后发布</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>See it as a learner will (Ctrl+Shift+P)</source>
        <translation>以学员看到的样子预览 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>Preview as learner</source>
        <translation>以学员视角预览</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>Insights</source>
        <translation>学习洞察</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp"/>
        <source>Assignments to review</source>
        <translation>待批改作业</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>帖子</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>对比…</translation>
    </message>
    <message>
        <source>Cancel the schedule</source>
        <translation>取消定时</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>定时发布…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>创作中心</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Choose a draft, or start one with New. Drafts are kept on this computer as you type and reach your other devices when online.</source>
        <translation>选择一篇草稿，或点“新建”开始写。草稿边写边保存在这台电脑上，联网后同步到你的其他设备。</translation>
    </message>
    <message>
        <source>Publish (Ctrl+Enter)</source>
        <translation>发布（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete “%1” and its history from this computer and your other devices? What was published stays published.</source>
        <translation>要从这台电脑和你的其他设备上删除“%1”及其历史吗？已发布的内容不受影响。</translation>
    </message>
    <message>
        <source>Schedule publishing</source>
        <translation>定时发布</translation>
    </message>
    <message>
        <source>The server publishes it at this time, even if this computer is off or offline then.</source>
        <translation>到时由服务器发布，即使那时这台电脑关机或离线。</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>To be scheduled for %1 when online.</source>
        <translation>联网后将定时在 %1 发布。</translation>
    </message>
    <message>
        <source>Publishing when online…</source>
        <translation>联网后发布…</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>未发布：%1</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>已定时：%1。</translation>
    </message>
    <message>
        <source>Scheduled publishing failed: %1</source>
        <translation>定时发布失败：%1</translation>
    </message>
    <message>
        <source>Published %1.</source>
        <translation>已发布（%1）。</translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation>尚未发布。</translation>
    </message>
    <message>
        <source>Edits a published item; publish to update it.</source>
        <translation>这是对已发布内容的修改；发布后即更新。</translation>
    </message>
    <message>
        <source>This draft was also changed on another device (saved %1). Both versions are kept: compare them and choose.</source>
        <translation>这篇草稿也在另一台设备上改过（保存于 %1）。两个版本都已保留：请对比后选择。</translation>
    </message>
    <message>
        <source>The published version was changed elsewhere since this draft was based on it. Nothing was overwritten: compare the two and publish again.</source>
        <translation>自这篇草稿开始编辑以来，已发布的版本在别处被修改过。没有覆盖任何内容：请对比两个版本后重新发布。</translation>
    </message>
    <message>
        <source>The other device's version</source>
        <translation>另一台设备的版本</translation>
    </message>
    <message>
        <source>Keep the text on the right</source>
        <translation>保留右侧的内容</translation>
    </message>
    <message>
        <source>Fetching the published version…</source>
        <translation>正在获取已发布的版本…</translation>
    </message>
    <message>
        <source>Published version</source>
        <translation>已发布的版本</translation>
    </message>
    <message>
        <source>Publish the text on the right</source>
        <translation>发布右侧的内容</translation>
    </message>
    <message>
        <source>Uploading the video: %1 %</source>
        <translation>正在上传视频：%1%</translation>
    </message>
    <message>
        <source>The video was not uploaded: %1. It is tried again at the next sync.</source>
        <translation>视频未能上传：%1。下次同步时会再试。</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp" line="0"/>
        <source>Studio sections</source>
        <translation>创作中心分区</translation>
    </message>
    <message>
        <location filename="../ui/studio/studio_page.cpp" line="95"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SyllabusDelegate</name>
    <message>
        <source>Free preview</source>
        <translation>免费试看</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SyllabusModel</name>
    <message>
        <location filename="../ui/course/syllabus_model.cpp"/>
        <source>Lessons</source>
        <translation>课时</translation>
    </message>
    <message>
        <location filename="../ui/course/syllabus_model.cpp"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/course/syllabus_model.cpp"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Locked: buy the course to open this lesson.</source>
        <translation>已锁定：购买课程后即可学习本节。</translation>
    </message>
    <message>
        <source>Free preview: open to everyone.</source>
        <translation>免费试看：所有人可学习。</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>free preview</source>
        <translation>免费试看</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SyncStatusWidget</name>
    <message>
        <source>Sync now (F5)</source>
        <translation>立即同步 (F5)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n change(s)</source>
        <translation>
            <numerusform>正在同步… %n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已同步 · %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) waiting to send</source>
        <translation>
            <numerusform>%n 条帖子等待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) not accepted</source>
        <translation>
            <numerusform>%n 条帖子未被接受</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/sync_status_widget.cpp" line="94"/>
        <source>Indexing for search: %1 %</source>
        <translation>正在建立搜索索引：%1%</translation>
    </message>
    <message>
        <source>Show what is waiting to be sent (Ctrl+Shift+O)</source>
        <translation>查看等待发送的内容 (Ctrl+Shift+O)</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ThreadItemDelegate</name>
    <message>
        <source>not sent yet</source>
        <translation>尚未发送</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ThreadListModel</name>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n 条回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 条未读</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ThreadView</name>
    <message>
        <location filename="../ui/discussions/thread_view.cpp"/>
        <source>Reported. Thank you: the moderators will review it; nobody else sees who reported it.</source>
        <translation>已举报，谢谢！版主会进行审核；其他人看不到是谁举报的。</translation>
    </message>
    <message>
        <location filename="../ui/discussions/thread_view.cpp"/>
        <source>Report sent</source>
        <translation>举报已提交</translation>
    </message>
    <message>
        <location filename="../ui/discussions/thread_view.cpp"/>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <location filename="../ui/discussions/thread_view.cpp"/>
        <source>Copy a lyceum:// link to this thread</source>
        <translation>复制指向此主题的 lyceum:// 链接</translation>
    </message>
    <message>
        <source>Select a thread to read it.</source>
        <translation>选择一个话题开始阅读。</translation>
    </message>
    <message>
        <source>Loading the thread…</source>
        <translation>正在加载话题…</translation>
    </message>
    <message>
        <source>This thread is no longer available.</source>
        <translation>该话题已不可用。</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已解答</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message numerus="yes">
        <source>Started by %1 · %2 · %n reply(s)</source>
        <translation>
            <numerusform>%1 发起 · %2 · %n 条回复</numerusform>
        </translation>
    </message>
    <message>
        <source>This thread is locked: new replies are closed.</source>
        <translation>该话题已锁定，不能再回复。</translation>
    </message>
    <message>
        <source>Discard this reply?</source>
        <translation>丢弃这条回复？</translation>
    </message>
    <message>
        <source>“%1” was not accepted and will be removed from this computer.</source>
        <translation>「%1」未被接受，将从本机删除。</translation>
    </message>
    <message>
        <source>Delete your post?</source>
        <translation>删除你的帖子？</translation>
    </message>
    <message>
        <source>Delete “%1”? Others will see that a post was deleted.</source>
        <translation>删除「%1」？其他人会看到这里有一条帖子已被删除。</translation>
    </message>
    <message>
        <source>this post</source>
        <translation>这条帖子</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Tell the moderators about this thread or its author</source>
        <translation>向版主举报这个主题或它的作者</translation>
    </message>
    <message>
        <source>this thread</source>
        <translation>这个主题</translation>
    </message>
    <message>
        <source>its author, %1</source>
        <translation>它的作者 %1</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::TrayNotifier</name>
    <message>
        <location filename="../ui/shell/tray_notifier.cpp" line="131"/>
        <source>You have not checked in today yet.</source>
        <translation>你今天还没有打卡。</translation>
    </message>
    <message>
        <location filename="../ui/shell/tray_notifier.cpp" line="130"/>
        <source>Time to check in: %1</source>
        <translation>该打卡了：%1</translation>
    </message>
    <message>
        <source>Lyceum</source>
        <translation>Lyceum</translation>
    </message>
    <message>
        <source>Show Lyceum</source>
        <translation>显示 Lyceum</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/tray_notifier.cpp"/>
        <source>Lyceum: %n unread post(s)</source>
        <translation>
            <numerusform>Lyceum：%n 条未读帖子</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::WalletPage</name>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>将收据保存为 PDF…</translation>
    </message>
    <message>
        <source>Request refund</source>
        <translation>申请退款</translation>
    </message>
    <message>
        <source>Cancel renewal</source>
        <translation>取消续费</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>钱包</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Renews or ends</source>
        <translation>续费或到期</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>保存收据</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Loading your purchases…</source>
        <translation>正在加载购买记录…</translation>
    </message>
    <message>
        <source>Your purchases could not be loaded: %1</source>
        <translation>无法加载购买记录：%1</translation>
    </message>
    <message>
        <source>Ends at the period's end</source>
        <translation>本期结束后到期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Lapsed: the renewal was declined</source>
        <translation>已失效：续费被拒绝</translation>
    </message>
    <message>
        <source>Paid · refundable until %1</source>
        <translation>已支付 · %1 前可退款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>未支付</translation>
    </message>
    <message>
        <source>%1 (renewal)</source>
        <translation>%1（续费）</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>还没有购买记录。</translation>
    </message>
    <message>
        <source>Receipts can be saved as PDF.</source>
        <translation>收据可以保存为 PDF。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Refund %1 for “%2”? You lose access to it.</source>
        <translation>退还「%2」的 %1？退款后将无法再学习它。</translation>
    </message>
    <message>
        <source>The refund was not made: %1</source>
        <translation>未能退款：%1</translation>
    </message>
    <message>
        <source>Stop renewing “%1”? It stays active until the period ends.</source>
        <translation>停止续费「%1」？本期结束前仍然有效。</translation>
    </message>
    <message>
        <source>The renewal was not cancelled: %1</source>
        <translation>未能取消续费：%1</translation>
    </message>
    <message>
        <source>No membership. A membership opens every course; join it from any course page.</source>
        <translation>还没有开通会员。会员可学习全部课程，可在任一课程页开通。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lyceum, a desktop client for learning communities.</source>
        <translation>Lyceum：学习社群桌面客户端。</translation>
    </message>
    <message>
        <source>Open the demo community.</source>
        <translation>打开演示社群。</translation>
    </message>
    <message>
        <source>Use the account profile in &lt;dir&gt;.</source>
        <translation>使用 &lt;dir&gt; 中的账号资料。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Save screenshots of every screen to &lt;dir&gt;, then quit.</source>
        <translation>将每个界面的截图保存到 &lt;dir&gt;，然后退出。</translation>
    </message>
    <message>
        <source>Window size, for example 1024x700.</source>
        <translation>窗口大小，例如 1024x700。</translation>
    </message>
    <message>
        <location filename="../app/lyceum/main.cpp"/>
        <source>Open a lyceum:// link (in the running window, if any).</source>
        <translation>打开 lyceum:// 链接（若已有窗口在运行，则在其中打开）。</translation>
    </message>
    <message>
        <location filename="../app/lyceum/main.cpp"/>
        <source>A lyceum:// link to open.</source>
        <translation>要打开的 lyceum:// 链接。</translation>
    </message>
    <message>
        <location filename="../app/lyceum/main.cpp" line="0"/>
        <source>Colour scheme: light, dark or system.</source>
        <translation>配色：light（浅色）、dark（深色）或 system（跟随系统）。</translation>
    </message>
</context>
<context>
    <name>lyceum::ServerAddress</name>
    <message>
        <source>Warning: %1 uses plain http, not https. Your password, your session and everything you read would cross the network unencrypted, where others can read or change them. Use an https:// address unless you trust every network between you and this server.</source>
        <translation>警告：%1 使用的是未加密的 http，而不是 https。你的密码、登录会话以及你阅读的所有内容都会以明文经过网络，途中的他人可以读取或篡改。除非你信任你与该服务器之间的每一段网络，否则请使用 https:// 地址。</translation>
    </message>
</context>
<context>
    <name>lyceum::DiscussionsService</name>
    <message>
        <source>A thread belongs to exactly one space, course or lesson.</source>
        <translation>一个话题必须且只能属于一个版块、一门课程或一节课。</translation>
    </message>
    <message>
        <source>A title needs 1 to 200 characters.</source>
        <translation>标题长度须为 1 到 200 个字符。</translation>
    </message>
    <message>
        <source>A post needs 1 to 20,000 characters.</source>
        <translation>帖子长度须为 1 到 20,000 个字符。</translation>
    </message>
    <message>
        <source>You are not signed in. Please log in first.</source>
        <translation>你尚未登录，请先登录。</translation>
    </message>
    <message>
        <source>The thread or the post you reply to does not exist.</source>
        <translation>你要回复的话题或帖子不存在。</translation>
    </message>
</context>
<context>
    <name>lyceum::MediaService</name>
    <message>
        <location filename="../core/client/media_service.cpp" line="280"/>
        <source>Downloads could not be prepared in this profile&apos;s folder: %1</source>
        <translation>无法在这个账号的文件夹中准备下载：%1</translation>
    </message>
    <message>
        <location filename="../core/client/media_service.cpp" line="250"/>
        <source>Lessons can be downloaded only when Lyceum may remember you on this computer. Sign out, then sign in again with “Remember me on this computer” ticked.</source>
        <translation>只有在允许 Lyceum 在这台电脑上记住你时才能下载课程。请退出登录，再勾选“在这台电脑上记住我”重新登录。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Downloads are sealed with a key kept in the system keychain, which this profile does not use.</source>
        <translation>下载的视频用保存在系统钥匙串中的密钥加密，而这个账号配置没有使用钥匙串。</translation>
    </message>
    <message>
        <source>Downloads are sealed with a key kept in the system keychain, which is not available: %1</source>
        <translation>下载的视频用保存在系统钥匙串中的密钥加密，但钥匙串不可用：%1</translation>
    </message>
    <message>
        <source>There is no such lesson.</source>
        <translation>没有这节课。</translation>
    </message>
    <message>
        <source>Downloads need a connection to the server.</source>
        <translation>下载需要连接到服务器。</translation>
    </message>
    <message>
        <source>Not enough room: this video needs %1 MB more than the space set aside for downloads.</source>
        <translation>空间不足：这个视频比为下载预留的空间多需要 %1 MB。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <source>The download stopped: %1. It resumes from where it was.</source>
        <translation>下载中断：%1。继续时会从中断处开始。</translation>
    </message>
    <message>
        <source>The downloaded video did not match its checksum and was deleted; download it again.</source>
        <translation>下载的视频校验不符，已删除，请重新下载。</translation>
    </message>
    <message>
        <source>This video is not downloaded, and you are offline.</source>
        <translation>这个视频没有下载，而你现在离线。</translation>
    </message>
    <message>
        <source>The server's answer for this video was not what was asked for (%1), so the download was stopped. It resumes from where it was.</source>
        <translation>服务器为此视频返回的内容与请求的不符（%1），下载已停止。之后会从中断处继续。</translation>
    </message>
</context>
<context>
    <name>lyceum::StudioService</name>
    <message>
        <location filename="../core/client/studio_upload.cpp"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>草稿无法保存：%1</translation>
    </message>
    <message>
        <source>The draft could not be published: %1</source>
        <translation>草稿未能发布：%1</translation>
    </message>
    <message>
        <source>The video %1 could not be read: %2</source>
        <translation>无法读取视频 %1：%2</translation>
    </message>
    <message>
        <source>The image is larger than 1 MB; make it smaller first.</source>
        <translation>图片超过 1 MB，请先缩小后再添加。</translation>
    </message>
    <message>
        <source>Only PNG, JPEG, GIF and WebP images can be added.</source>
        <translation>只能添加 PNG、JPEG、GIF 和 WebP 图片。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::LinkRouter</name>
    <message>
        <location filename="../ui/desktop/link_router.cpp"/>
        <source>Link not opened</source>
        <translation>链接未打开</translation>
    </message>
    <message>
        <location filename="../ui/desktop/link_router.cpp"/>
        <source>This is not a Lyceum link Lyceum can open.</source>
        <translation>这不是 Lyceum 能打开的链接。</translation>
    </message>
    <message>
        <location filename="../ui/desktop/link_router.cpp"/>
        <source>Lesson not found</source>
        <translation>找不到课时</translation>
    </message>
    <message>
        <location filename="../ui/desktop/link_router.cpp"/>
        <source>This lesson is not on this computer yet. It appears once Lyceum has synced, if your account may see it.</source>
        <translation>这个课时还不在本机上。如果你的账号有权查看，Lyceum 同步后它就会出现。</translation>
    </message>
    <message>
        <location filename="../ui/desktop/link_router.cpp"/>
        <source>Open a link from another community?</source>
        <translation>打开来自其他社群的链接？</translation>
    </message>
    <message>
        <location filename="../ui/desktop/link_router.cpp"/>
        <source>This link points into the community at %1, which this window is not signed in to.</source>
        <translation>这个链接指向 %1 上的社群，此窗口尚未登录该社群。</translation>
    </message>
    <message>
        <location filename="../ui/desktop/link_router.cpp"/>
        <source>Lyceum only talks to that server if you sign in there. Links cannot sign you in.</source>
        <translation>只有你在那里登录后，Lyceum 才会与该服务器通信。链接不能替你登录。</translation>
    </message>
    <message>
        <location filename="../ui/desktop/link_router.cpp"/>
        <source>Sign in there…</source>
        <translation>在那里登录…</translation>
    </message>
    <message>
        <location filename="../ui/desktop/link_router.cpp"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <location filename="../ui/desktop/profile_list.cpp"/>
        <source>Demo community</source>
        <translation>演示社群</translation>
    </message>
    <message>
        <location filename="../ui/desktop/profile_list.cpp"/>
        <source>Not signed in (%1)</source>
        <translation>未登录（%1）</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ProfileSwitcher</name>
    <message>
        <location filename="../ui/desktop/profile_switcher.cpp"/>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../ui/desktop/profile_switcher.cpp"/>
        <source>Switch to another community you are signed in to</source>
        <translation>切换到你已登录的其他社群</translation>
    </message>
    <message>
        <location filename="../ui/desktop/profile_switcher.cpp"/>
        <source>Add a community…</source>
        <translation>添加社群…</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SingleInstance</name>
    <message>
        <location filename="../ui/desktop/single_instance.cpp"/>
        <source>Another Lyceum window is already open for this profile.</source>
        <translation>此配置已有一个 Lyceum 窗口打开。</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../ui/desktop/autostart.cpp"/>
        <source>The Windows registry refused the change.</source>
        <translation>Windows 注册表拒绝了此更改。</translation>
    </message>
    <message>
        <location filename="../ui/desktop/autostart.cpp"/>
        <source>Could not remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <location filename="../ui/desktop/autostart.cpp"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>lyceum::cachereader</name>
    <message>
        <location filename="../core/cache/cache_reader.cpp" line="33"/>
        <source>The local cache could not be read: %1</source>
        <translation>无法读取本地缓存：%1</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SpaceRulesPanel</name>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Members of its courses</source>
        <translation>其课程的学员</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>The team only</source>
        <translation>仅团队</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Closed: readable, only the team posts</source>
        <translation>关闭：可以阅读，只有团队能发帖</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Save the rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Hold new members for approval before they post</source>
        <translation>新成员需经审核后才能发帖</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Space</source>
        <translation>空间</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Who may start threads</source>
        <translation>谁可以发起话题</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Who may reply</source>
        <translation>谁可以回复</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Slow mode: seconds between a member's posts</source>
        <translation>慢速模式：成员两次发帖之间的秒数</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Space rules</source>
        <translation>空间规则</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Space:</source>
        <translation>空间：</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Start threads:</source>
        <translation>发起话题：</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Reply:</source>
        <translation>回复：</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>Slow mode:</source>
        <translation>慢速模式：</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>New members will wait for a moderator's approval (they appear in the queue).</source>
        <translation>新成员需等待版主审核（他们会出现在待审队列中）。</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>New members post at once.</source>
        <translation>新成员可以立即发帖。</translation>
    </message>
    <message>
        <location filename="../ui/moderation/space_rules_panel.cpp"/>
        <source>The rules of %1 are saved and sent; members see them at their next sync.</source>
        <translation>%1 的规则已保存并发送；成员下次同步时生效。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::FiltersPanel</name>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>blocks</source>
        <translation>拦截</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>holds for review</source>
        <translation>留待审核</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>word</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Test on recent posts</source>
        <translation>在最近的帖子上测试</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Add filter</source>
        <translation>添加过滤词</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Keyword filters</source>
        <translation>关键词过滤</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>A word, or a pattern with * and ?</source>
        <translation>一个词，或带 * 和 ? 的模式</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Filter</source>
        <translation>过滤词</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Word or phrase</source>
        <translation>词语或短语</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Pattern (* any, ? one character)</source>
        <translation>模式（* 任意字符，? 一个字符）</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Kind of filter</source>
        <translation>过滤类型</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Hold for review</source>
        <translation>留待审核</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Block</source>
        <translation>拦截</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>What the filter does</source>
        <translation>过滤词的作用</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Posts the filter would catch</source>
        <translation>过滤词会命中的帖子</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Full-width and half-width letters match alike, and a word is found inside Chinese text.</source>
        <translation>全角和半角字符视为相同，词语在中文句子中间也能匹配。</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>The filters could not be fetched: %1</source>
        <translation>无法获取过滤词：%1</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Type a word or a pattern first.</source>
        <translation>请先输入一个词或模式。</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>A pattern has at most %1 wildcards and some letters.</source>
        <translation>模式最多包含 %1 个通配符，并且要有文字。</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>A filter is at most %1 characters.</source>
        <translation>过滤词最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>The filter could not be tested: %1</source>
        <translation>无法测试过滤词：%1</translation>
    </message>
    <message>
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source> (sending…)</source>
        <translation>（发送中…）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/moderation/filters_panel.cpp"/>
        <source>Would catch %n of the %1 newest posts.</source>
        <translation>
            <numerusform>会命中最新 %1 条帖子中的 %n 条。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::PeoplePanel</name>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>joined %1</source>
        <translation>%1 加入</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>banned until %1</source>
        <translation>封禁至 %1</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>banned for good</source>
        <translation>永久封禁</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>membership refused</source>
        <translation>成员资格未通过</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Actions taken</source>
        <translation>已采取的处理</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source> (undone)</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Reports against them</source>
        <translation>针对其的举报</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Latest replies</source>
        <translation>最新回复</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Ban until</source>
        <translation>封禁至</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Ban for good</source>
        <translation>永久封禁</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Look up a member by handle or name</source>
        <translation>按用户名或名字查找成员</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Look up a member</source>
        <translation>查找成员</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Members found</source>
        <translation>找到的成员</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>The member's record</source>
        <translation>成员记录</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Type a handle or a name and press Enter.</source>
        <translation>输入用户名或名字后按回车。</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>The search failed: %1</source>
        <translation>查找失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>banned</source>
        <translation>已封禁</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>The record could not be fetched: %1</source>
        <translation>无法获取记录：%1</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>Warning sent to %1.</source>
        <translation>已向 %1 发出警告。</translation>
    </message>
    <message>
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>%1 is banned; it takes effect once sent.</source>
        <translation>%1 已被封禁；发送后生效。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n 条回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n 个话题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>%n report(s) against them</source>
        <translation>
            <numerusform>被举报 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/moderation/people_panel.cpp"/>
        <source>%n member(s) found.</source>
        <translation>
            <numerusform>找到 %n 位成员。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::LessonPaywall</name>
    <message>
        <location filename="../ui/course/lesson_paywall.cpp"/>
        <source>The membership opens this course and more while it lasts.</source>
        <translation>会员有效期内可以学习本课程和更多课程。</translation>
    </message>
    <message>
        <location filename="../ui/course/lesson_paywall.cpp"/>
        <source>Join %1: %2 a month</source>
        <translation>加入%1：每月 %2</translation>
    </message>
    <message>
        <location filename="../ui/course/lesson_paywall.cpp"/>
        <source>Join %1: %2 a year</source>
        <translation>加入%1：每年 %2</translation>
    </message>
    <message>
        <location filename="../ui/course/lesson_paywall.cpp"/>
        <source>Buy the course for %1</source>
        <translation>购买课程 %1</translation>
    </message>
    <message>
        <location filename="../ui/course/lesson_paywall.cpp"/>
        <source>This lesson opens once you own the course: buy it once and every lesson is yours, also offline.</source>
        <translation>购买课程后即可学习本节：一次购买，所有课时都属于你，离线也能学。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CourseListModel</name>
    <message>
        <location filename="../ui/catalogue/course_list_model.cpp"/>
        <source>owned</source>
        <translation>已拥有</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::LibraryModel</name>
    <message>
        <location filename="../ui/library/library_model.cpp"/>
        <source>Not opened yet</source>
        <translation>尚未打开</translation>
    </message>
    <message>
        <location filename="../ui/library/library_model.cpp"/>
        <source>Last opened %1</source>
        <translation>上次打开：%1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_model.cpp"/>
        <source>following</source>
        <translation>在学</translation>
    </message>
    <message>
        <location filename="../ui/library/library_model.cpp"/>
        <source>owned</source>
        <translation>已拥有</translation>
    </message>
    <message>
        <location filename="../ui/library/library_model.cpp"/>
        <source>Finished</source>
        <translation>已学完</translation>
    </message>
    <message>
        <location filename="../ui/library/library_model.cpp"/>
        <source>Next: %1</source>
        <translation>下一节：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_model.cpp"/>
        <source>%1 of %n lesson(s) done</source>
        <translation>
            <numerusform>已完成 %1/%n 节课</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::LibraryDelegate</name>
    <message>
        <location filename="../ui/library/library_delegate.cpp"/>
        <source>Following</source>
        <translation>在学</translation>
    </message>
    <message>
        <location filename="../ui/library/library_delegate.cpp"/>
        <source>Owned</source>
        <translation>已拥有</translation>
    </message>
    <message>
        <location filename="../ui/library/library_delegate.cpp"/>
        <source>Not opened yet</source>
        <translation>尚未打开</translation>
    </message>
    <message>
        <location filename="../ui/library/library_delegate.cpp"/>
        <source>Opened %1</source>
        <translation>上次打开：%1</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::LibraryPage</name>
    <message numerus="yes">
        <location filename="../ui/library/library_page.cpp"/>
        <source>%n lesson video(s) queued for download: see Downloads (Ctrl+5).</source>
        <translation>
            <numerusform>已将 %n 个课时视频加入下载队列：请在“下载”（Ctrl+5）中查看。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.cpp"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.cpp"/>
        <source>Your library could not be read from this computer: %1</source>
        <translation>无法从这台电脑读取你的课程：%1</translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.cpp"/>
        <source>Keep every lesson&apos;s video on this computer for offline viewing</source>
        <translation>把每节课的视频保存到这台电脑，离线观看</translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.cpp"/>
        <source>Nothing here yet. Courses you buy, and courses whose lessons you open, appear here with your progress.</source>
        <translation>这里还没有课程。你购买的课程、打开过课时的课程，会连同学习进度显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.cpp"/>
        <source>The courses you own or follow, with where you are in each.</source>
        <translation>你已拥有或在学的课程，以及每门课学到了哪里。</translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.cpp"/>
        <source>My library</source>
        <translation>我的课程</translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.cpp"/>
        <source>Download the whole course</source>
        <translation>下载整门课程</translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.cpp"/>
        <source>Open course</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.cpp"/>
        <source>Continue</source>
        <translation>继续学习</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::InboxModel</name>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>Your assignment for “%1” needs work</source>
        <translation>你在“%1”的作业需要修改</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>Your assignment for “%1” was accepted</source>
        <translation>你在“%1”的作业已通过</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>Assignment</source>
        <translation>作业</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>by %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>New lesson in “%1”: %2</source>
        <translation>“%1”有新课时：%2</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>%1 mentioned you in “%2”</source>
        <translation>%1 在“%2”中提到了你</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>%1 replied in “%2”</source>
        <translation>%1 在“%2”中回复了你</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>New lesson</source>
        <translation>新课时</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>Moderator</source>
        <translation>版主</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>Mention</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_model.cpp"/>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::InboxPage</name>
    <message numerus="yes">
        <location filename="../ui/inbox/inbox_page.cpp"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_page.cpp"/>
        <source>Nothing here yet. Replies to you, mentions of @%1, moderators' notices and new lessons in your courses will show up here.</source>
        <translation>这里还没有内容。回复你的帖子、提到 @%1 的内容、版主通知和你的课程中的新课时都会显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_page.cpp"/>
        <source>Enter opens the item, M marks it read, Ctrl+Shift+M marks all read</source>
        <translation>回车打开条目，M 标为已读，Ctrl+Shift+M 全部标为已读</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_page.cpp"/>
        <source>Mark everything in the inbox read (Ctrl+Shift+M)</source>
        <translation>将收件箱中的全部条目标为已读 (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_page.cpp"/>
        <source>Mark all read</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_page.cpp"/>
        <source>Mark the selected item read (M)</source>
        <translation>将所选条目标为已读 (M)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_page.cpp"/>
        <source>Mark read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inbox_page.cpp"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::EmojiPicker</name>
    <message>
        <location filename="../ui/discussions/reaction_picker.cpp"/>
        <source>Emoji</source>
        <translation>表情</translation>
    </message>
    <message>
        <location filename="../ui/discussions/reaction_picker.cpp"/>
        <source>Search emoji</source>
        <translation>搜索表情</translation>
    </message>
    <message>
        <location filename="../ui/discussions/reaction_picker.cpp"/>
        <source>Search emoji (English or 中文)</source>
        <translation>搜索表情（中文或英文）</translation>
    </message>
    <message>
        <location filename="../ui/discussions/reaction_picker.cpp"/>
        <source>Choose a reaction</source>
        <translation>选择表情回应</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ReactionBar</name>
    <message>
        <location filename="../ui/discussions/reaction_picker.cpp"/>
        <source>Every emoji, with search</source>
        <translation>全部表情，可搜索</translation>
    </message>
    <message>
        <location filename="../ui/discussions/reaction_picker.cpp"/>
        <source>More…</source>
        <translation>更多…</translation>
    </message>
    <message>
        <location filename="../ui/discussions/reaction_picker.cpp"/>
        <source>React with %1</source>
        <translation>用 %1 回应</translation>
    </message>
    <message>
        <location filename="../ui/discussions/reaction_picker.cpp"/>
        <source>React</source>
        <translation>回应</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CodeBlockView</name>
    <message>
        <location filename="../ui/markdown/code_block.cpp" line="90"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ReportView</name>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="24"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="30"/>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="36"/>
        <source>Joined</source>
        <translation>报名时间</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="38"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="40"/>
        <source>%1 % (%2 lessons finished)</source>
        <translation>%1 %（学完 %2 课）</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="45"/>
        <source>Last active</source>
        <translation>最近活跃</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="61"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="63"/>
        <source>Sales</source>
        <translation>销售数</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="66"/>
        <source>Refunds</source>
        <translation>退款数</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="71"/>
        <source>Gross</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="72"/>
        <source>Refunded</source>
        <translation>退款额</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="73"/>
        <source>Fees</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="74"/>
        <source>Net</source>
        <translation>净收入</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="87"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="100"/>
        <source>Learners of the course</source>
        <translation>课程学员</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="100"/>
        <source>Payouts by month</source>
        <translation>按月结算</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="103"/>
        <source>Nobody has enrolled in this course yet. Learners appear here once they buy it or are given it.</source>
        <translation>还没有人报名这门课程。学员购买或获赠课程后会显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="105"/>
        <source>No sales yet: each month with a sale or a refund shows here, with its currency on every amount.</source>
        <translation>还没有销售：有销售或退款的每个月都会显示在这里，每个金额都注明币种。</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="116"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="119"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="122"/>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../ui/studio/roster_view.cpp" line="39"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CouponsView</name>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="34"/>
        <source>Code</source>
        <translation>优惠码</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="36"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="39"/>
        <source>%1 % off</source>
        <translation>减 %1 %</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="40"/>
        <source>%1 off</source>
        <translation>减 %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="44"/>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="47"/>
        <source>All my courses</source>
        <translation>我的全部课程</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="48"/>
        <source>One course</source>
        <translation>一门课程</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="51"/>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="54"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="58"/>
        <source>Discounted</source>
        <translation>已优惠</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="61"/>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="64"/>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="67"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="69"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="70"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="83"/>
        <source>No coupons yet. A coupon takes a percentage or an amount off one course or all of yours, as often and as long as you say.</source>
        <translation>还没有优惠券。优惠券可为一门或你的全部课程减免一定比例或金额，次数和期限由你决定。</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="91"/>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="93"/>
        <source>Create coupon</source>
        <translation>创建优惠券</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="94"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="107"/>
        <source>e.g. SPRING20</source>
        <translation>例如 SPRING20</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="109"/>
        <source>Coupon code</source>
        <translation>优惠码</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="110"/>
        <source>Percent off</source>
        <translation>按比例减</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="111"/>
        <source>Amount off</source>
        <translation>按金额减</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="112"/>
        <source>Kind of discount</source>
        <translation>折扣类型</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="120"/>
        <source>Times it may be used</source>
        <translation>可使用次数</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="119"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="123"/>
        <source>Expiry date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="135"/>
        <source>Limit</source>
        <translation>次数上限</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="139"/>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="168"/>
        <source>This course: %1</source>
        <translation>本课程：%1</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="188"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="200"/>
        <source>A code is 3 to 32 letters, digits, - or _.</source>
        <translation>优惠码为 3 到 32 个字母、数字、- 或 _。</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="202"/>
        <source>A percentage off is 1 to 100.</source>
        <translation>减免比例为 1 到 100。</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="204"/>
        <source>Give the amount the coupon takes off.</source>
        <translation>请填写优惠券减免的金额。</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="206"/>
        <source>The expiry date is in the past; choose a later one.</source>
        <translation>到期日期已过；请选择更晚的日期。</translation>
    </message>
    <message>
        <location filename="../ui/studio/coupons_view.cpp" line="221"/>
        <source>Coupon %1 is saved and will be created when you are online.</source>
        <translation>优惠券 %1 已保存，联网后即会创建。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::PricingPage</name>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="29"/>
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="36"/>
        <source>Opens</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="39"/>
        <source>Free preview: open to everyone</source>
        <translation>免费试看：对所有人开放</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/pricing_page.cpp" line="41"/>
        <source>%n day(s) after enrolment</source>
        <translation>
            <numerusform>报名 %n 天后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="42"/>
        <source>With the course</source>
        <translation>随课程开放</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="54"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="62"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="66"/>
        <source>Sales sections</source>
        <translation>销售栏目</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="67"/>
        <source>Price and release</source>
        <translation>价格与开放</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="68"/>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="69"/>
        <source>Learners</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="70"/>
        <source>Payouts</source>
        <translation>结算</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="84"/>
        <source>Saved; it reaches the server when you are online.</source>
        <translation>已保存；联网后会同步到服务器。</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="96"/>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="97"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="99"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="100"/>
        <source>Save price</source>
        <translation>保存价格</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="109"/>
        <source>Lessons and when they open</source>
        <translation>课时及其开放时间</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="113"/>
        <source> days after enrolment</source>
        <translation> 天（报名后）</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="114"/>
        <source>Days after enrolment</source>
        <translation>报名后天数</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="115"/>
        <source>Set release</source>
        <translation>设置开放</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="124"/>
        <source>Orders not yet paid are priced again when paid, so buyers always pay the price shown to them at that moment.</source>
        <translation>尚未支付的订单会在支付时重新定价，买家始终按当时显示的价格付款。</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="129"/>
        <source>Drip release: a lesson can open some days after each learner enrols. Until then they see when it opens.</source>
        <translation>定时开放：课时可以在每位学员报名若干天后开放。在此之前，学员会看到开放日期。</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="161"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="164"/>
        <source>Sales figures are kept on the server and need a connection: %1</source>
        <translation>销售数据保存在服务器上，需要联网：%1</translation>
    </message>
    <message>
        <location filename="../ui/studio/pricing_page.cpp" line="170"/>
        <source>You have no courses yet. Publish a course from Drafts; its price, coupons and learners are managed here.</source>
        <translation>你还没有课程。请先在草稿中发布课程；课程的价格、优惠券和学员在这里管理。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CertificateButton</name>
    <message>
        <location filename="../ui/learning/certificate_button.cpp"/>
        <source>The certificate could not be saved to %1.</source>
        <translation>无法把证书保存到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_button.cpp"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_button.cpp"/>
        <source>Save certificate</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_button.cpp"/>
        <source>Certificate %1.pdf</source>
        <translation>证书 %1.pdf</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_button.cpp"/>
        <source>No PDF viewer opened it. The file is %1</source>
        <translation>没有 PDF 阅读器打开它。文件在 %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_button.cpp"/>
        <source>Save certificate as…</source>
        <translation>证书另存为…</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_button.cpp"/>
        <source>Open certificate</source>
        <translation>打开证书</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_button.cpp"/>
        <source>Your certificate of completion for this course</source>
        <translation>你这门课的结业证书</translation>
    </message>
    <message>
        <location filename="../ui/learning/certificate_button.cpp"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
</context>
<context>
    <name>lyceum::quizstore</name>
    <message>
        <location filename="../core/learning/quiz_store.cpp"/>
        <source>Every attempt this quiz allows has been used.</source>
        <translation>这个测验的作答次数已用完。</translation>
    </message>
    <message>
        <location filename="../core/learning/quiz_store.cpp"/>
        <source>The quiz opens with the course.</source>
        <translation>购买课程后即可作答。</translation>
    </message>
    <message>
        <location filename="../core/learning/quiz_store.cpp"/>
        <source>The quiz is not in the local cache; sync first.</source>
        <translation>本地缓存里没有这个测验；请先同步。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::QuizPanel</name>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Score %1 of %2 · not passed</source>
        <translation>得分 %1 / %2 · 未通过</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Score %1 of %2 · passed</source>
        <translation>得分 %1 / %2 · 已通过</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>✗ Wrong</source>
        <translation>✗ 答错了</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>✓ Right</source>
        <translation>✓ 答对了</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Your answers are queued; they are graded when they reach the server.</source>
        <translation>答案已排队；送达服务器后评分。</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>The server refused the attempt: %1</source>
        <translation>服务器拒绝了这次作答：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>%n attempt(s) left.</source>
        <translation>
            <numerusform>还可作答 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Attempts are not limited.</source>
        <translation>作答次数不限。</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>The quiz opens with the course.</source>
        <translation>购买课程后即可作答。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Quiz · %n question(s) · pass mark %1 %</source>
        <translation>
            <numerusform>测验 · %n 道题 · 及格线 %1 %</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Submit (Enter)</source>
        <translation>提交（Enter）</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Try again</source>
        <translation>再做一次</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>Submit answers</source>
        <translation>提交答案</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>False</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_panel.cpp"/>
        <source>True</source>
        <translation>正确</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::QuizSummaryLabel</name>
    <message numerus="yes">
        <location filename="../ui/learning/quiz_summary_label.cpp"/>
        <source>%n quiz(zes) left</source>
        <translation>
            <numerusform>还有 %n 个测验未通过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/learning/quiz_summary_label.cpp"/>
        <source>All %n quizzes passed</source>
        <translation>
            <numerusform>%n 个测验全部通过</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_summary_label.cpp"/>
        <source>Quiz: %1 % · not passed yet</source>
        <translation>测验：%1 % · 尚未通过</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_summary_label.cpp"/>
        <source>Quiz: %1 % · passed</source>
        <translation>测验：%1 % · 已通过</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_summary_label.cpp"/>
        <source>1 quiz left</source>
        <translation>还有 1 个测验未通过</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::QuizEditor</name>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Saved; learners see it once it reaches the server.</source>
        <translation>已保存；送达服务器后学员即可看到。</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>False</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>True</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>(no text yet)</source>
        <translation>（尚无题干）</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>This lesson has no quiz yet.</source>
        <translation>这节课还没有测验。</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>The quiz could not be loaded (it needs a connection): %1</source>
        <translation>无法载入测验（需要联网）：%1</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Loading the quiz…</source>
        <translation>正在载入测验…</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Explanation</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Accepted answers</source>
        <translation>可接受的答案</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Attempts allowed</source>
        <translation>可作答次数</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Pass mark</source>
        <translation>及格线</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Shown to the learner with the grade</source>
        <translation>评分后展示给学员</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>One accepted answer a line, e.g. len and 长度</source>
        <translation>每行一个可接受的答案，例如 len 和 长度</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Kind</source>
        <translation>题型</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Save the quiz</source>
        <translation>保存测验</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Remove the choice</source>
        <translation>删除选项</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Add a choice</source>
        <translation>添加选项</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Add a question</source>
        <translation>添加题目</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Short answer</source>
        <translation>简答</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>True or false</source>
        <translation>判断</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_editor.cpp"/>
        <source>Single choice</source>
        <translation>单选</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::QuizStudioTab</name>
    <message>
        <location filename="../ui/learning/quiz_studio_tab.cpp"/>
        <source>Quizzes</source>
        <translation>测验</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_studio_tab.cpp"/>
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_studio_tab.cpp"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::QuizStatsView</name>
    <message numerus="yes">
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1（%n 次）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>No quiz questions in this course yet.</source>
        <translation>这门课程还没有测验题目。</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>Quiz figures need a connection: %1</source>
        <translation>测验统计需要联网：%1</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>Choose a course to see how its quizzes were answered.</source>
        <translation>选择一门课程，查看其测验的作答情况。</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>%1 (%2 %)</source>
        <translation>%1（%2 %）</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>Most chosen wrong answer</source>
        <translation>最常见的错误答案</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>Right</source>
        <translation>答对</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>Answered</source>
        <translation>作答人次</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <location filename="../ui/learning/quiz_stats_view.cpp"/>
        <source>Quiz answers: per question</source>
        <translation>测验作答：逐题统计</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::AssignmentPanel</name>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Handed in. It reaches the server with the outbox.</source>
        <translation>已提交，将随发件箱送达服务器。</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Not handed in: %1</source>
        <translation>未能提交：%1</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Handing in…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Write an answer or attach a file first.</source>
        <translation>请先写答案或添加附件。</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Handed in; waiting for a review.</source>
        <translation>已提交，等待批改。</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Handed in; waiting to be sent (see the outbox).</source>
        <translation>已提交，等待发送（见发件箱）。</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>This assignment takes one submission.</source>
        <translation>这项作业只能提交一次。</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>You may hand in again.</source>
        <translation>你可以再次提交。</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Feedback: %1</source>
        <translation>反馈：%1</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>- %1: %2 / %3</source>
        <translation>- %1：%2 / %3</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>**Needs work**</source>
        <translation>**需要修改**</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>**Accepted**</source>
        <translation>**已通过**</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Graded on: %1</source>
        <translation>评分标准：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>%1 (%n points)</source>
        <translation>
            <numerusform>%1（%n 分）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Pictures, PDF and text (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md)</source>
        <translation>图片、PDF 和文本 (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Hand in</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Remove file</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Your answer (Markdown). Kept on this computer as you type.</source>
        <translation>你的答案（Markdown）。输入时即保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_panel.cpp"/>
        <source>Assignment</source>
        <translation>作业</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::AssignmentReviewQueue</name>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Review queued; it reaches the learner with the outbox.</source>
        <translation>批改已排队，将随发件箱送达学员。</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source> / %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>The file was not saved: %1</source>
        <translation>文件未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Save the file</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Save %1…</source>
        <translation>保存 %1…</translation>
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
            <numerusform>%n 份作业等待你批改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Nothing waits for your review.</source>
        <translation>没有待批改的作业。</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>%1 — %2 (attempt %3)</source>
        <translation>%1 — %2（第 %3 次提交）</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>The queue is kept on the server and needs a connection: %1</source>
        <translation>批改队列保存在服务器上，需要联网：%1</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Send review</source>
        <translation>发送批改</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Feedback for the learner</source>
        <translation>给学员的反馈</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Needs work</source>
        <translation>需要修改</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Accepted</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>The learner's answer</source>
        <translation>学员的答案</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/learning/assignment_review_queue.cpp"/>
        <source>Submissions waiting for a review</source>
        <translation>待批改的作业</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::InsightsPanel</name>
    <message numerus="yes">
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>%n learner(s). The course counts as one section until its lessons are grouped into sections.</source>
        <translation>
            <numerusform>%n 位学员。课程的课时分入章节之前，整门课算作一个章节。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>none reviewed</source>
        <translation>尚无批改</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>%1 accepted · %2/%3 points</source>
        <translation>通过 %1 项 · %2/%3 分</translation>
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
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>You have no courses yet.</source>
        <translation>你还没有课程。</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Insights need a connection: %1</source>
        <translation>洞察需要联网：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Copied %n handle(s).</source>
        <translation>
            <numerusform>已复制 %n 个用户名。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Started, then quiet for:</source>
        <translation>开始后沉寂超过：</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Course:</source>
        <translation>课程：</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Segments are computed on this computer from the course's figures; nothing computed here is sent anywhere.</source>
        <translation>分群在这台电脑上根据课程数据计算，计算结果不会发送到任何地方。</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Copy the @handles of the learners listed, to write to them</source>
        <translation>复制列表中学员的 @用户名，以便联系他们</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Copy handles</source>
        <translation>复制用户名</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Quiet for at least</source>
        <translation>至少沉寂</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Gone quiet</source>
        <translation>已沉寂</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Quiet for</source>
        <translation>沉寂时长</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Assignments</source>
        <translation>作业</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Mastery by section</source>
        <translation>各章节掌握情况</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Learner segments</source>
        <translation>学员分群</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Days active</source>
        <translation>活跃天数</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Posts</source>
        <translation>发帖</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Quiz score</source>
        <translation>测验得分</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Lessons done</source>
        <translation>完成课时</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Learners</source>
        <translation>学员数</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Not started yet</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Started, gone quiet</source>
        <translation>开始后沉寂</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Occasional learners</source>
        <translation>偶尔学习者</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Here for the discussion</source>
        <translation>爱讨论的成员</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Sprinters</source>
        <translation>冲刺型学习者</translation>
    </message>
    <message>
        <location filename="../ui/studio/insights_panel.cpp"/>
        <source>Steady learners</source>
        <translation>稳定学习者</translation>
    </message>
</context>
<context>
    <name>lyceum::AssignmentsService</name>
    <message>
        <location filename="../core/learning/assignment_service.cpp"/>
        <source>Files are sent when you are online; your draft is kept.</source>
        <translation>附件需要联网才能发送，草稿已保留。</translation>
    </message>
    <message>
        <location filename="../core/learning/assignment_service.cpp"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/learning/assignment_service.cpp"/>
        <source>%1 is larger than %2 KiB.</source>
        <translation>%1 超过 %2 KiB。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ChallengePanel</name>
    <message numerus="yes">
        <location filename="../ui/learning/challenge_panel.cpp" line="213"/>
        <source>My streak: %n day(s)</source>
        <translation>
            <numerusform>我已连续打卡 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="282"/>
        <source>Write a few words first.</source>
        <translation>请先写几句话。</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="270"/>
        <source>Day %1: checked in</source>
        <translation>第 %1 天：已打卡</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="269"/>
        <source>Day %1: made up</source>
        <translation>第 %1 天：补卡</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="268"/>
        <source>Day %1: waiting to be sent</source>
        <translation>第 %1 天：等待发送</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="190"/>
        <source>Day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="229"/>
        <source>%1. %2 — %3 check-ins, streak %4</source>
        <translation>%1. %2 — 打卡 %3 次，连续 %4 天</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="220"/>
        <source>Today %1 checked in · %2 taking part</source>
        <translation>今天 %1 人已打卡 · %2 人参与</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="218"/>
        <source>day %1: %2</source>
        <translation>第 %1 天：%2</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="210"/>
        <source>Day %1 is waiting to be sent.</source>
        <translation>第 %1 天的打卡等待发送。</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="208"/>
        <source>Day %1 was refused: %2</source>
        <translation>第 %1 天的打卡被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="204"/>
        <source>Checked in today</source>
        <translation>今天已打卡</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="200"/>
        <source>Today&apos;s prompt: %1</source>
        <translation>今日题目：%1</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="199"/>
        <source>Today: write what you studied.</source>
        <translation>今天：写下你学了什么。</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="190"/>
        <source>Day %1 of %2 · check-ins %3–%4</source>
        <translation>第 %1 / %2 天 · 打卡时间 %3–%4</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="187"/>
        <source>Ended · %1 days</source>
        <translation>已结束 · 共 %1 天</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="185"/>
        <source>Starts on %1 · %2 days</source>
        <translation>%1 开始 · 共 %2 天</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="182"/>
        <source>Closed · %1 days</source>
        <translation>已结束 · 共 %1 天</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="174"/>
        <source>Check-in challenge</source>
        <translation>打卡挑战</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="154"/>
        <source>Offline: showing what this device kept (%1)</source>
        <translation>离线：显示本机保存的内容（%1）</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="72"/>
        <source>No check-in challenge in this space yet.</source>
        <translation>这个版块还没有打卡挑战。</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="71"/>
        <source>Reminder time</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="68"/>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="65"/>
        <source>My check-ins this month</source>
        <translation>本月我的打卡</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="62"/>
        <source>Check-in text</source>
        <translation>打卡内容</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="61"/>
        <source>What did you study today?</source>
        <translation>今天学了什么？</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="60"/>
        <source>Post today&apos;s check-in (Ctrl+Enter)</source>
        <translation>发布今天的打卡 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="57"/>
        <source>Close challenge</source>
        <translation>结束挑战</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="56"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="55"/>
        <source>New challenge…</source>
        <translation>新建打卡挑战…</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="53"/>
        <source>&amp;Remind me at</source>
        <translation>提醒时间(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="47"/>
        <source>Check in</source>
        <translation>打卡</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ChallengeEntry</name>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="174"/>
        <source>Check-in challenge</source>
        <translation>打卡挑战</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="344"/>
        <source>Check in · day %1/%2</source>
        <translation>去打卡 · 第 %1/%2 天</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="343"/>
        <source>Check-in ✓ · day %1/%2</source>
        <translation>已打卡 ✓ · 第 %1/%2 天</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_panel.cpp" line="336"/>
        <source>Open a check-in challenge</source>
        <translation>发起打卡挑战</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ChallengeDialog</name>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="81"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="81"/>
        <source>Open challenge</source>
        <translation>发起挑战</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="79"/>
        <source>Daily &amp;prompts</source>
        <translation>每日题目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="77"/>
        <source>Make-ups up to (&amp;hours late)</source>
        <translation>补卡期限（迟到小时数）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="76"/>
        <source>&amp;Make-up days allowed</source>
        <translation>可补卡天数(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="75"/>
        <source>Time &amp;zone</source>
        <translation>时区(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="74"/>
        <source>Check-ins &amp;close at</source>
        <translation>每天截止打卡(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="73"/>
        <source>Check-ins &amp;open at</source>
        <translation>每天开始打卡(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="72"/>
        <source>&amp;Starts on</source>
        <translation>开始日期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="71"/>
        <source>&amp;Days</source>
        <translation>天数(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="70"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="67"/>
        <source>One prompt per line: line 1 is day 1&apos;s</source>
        <translation>每行一个题目：第 1 行是第 1 天的</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="62"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="31"/>
        <source>Edit check-in challenge</source>
        <translation>编辑打卡挑战</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="31"/>
        <source>New check-in challenge</source>
        <translation>新建打卡挑战</translation>
    </message>
    <message>
        <location filename="../ui/learning/challenge_dialog.cpp" line="28"/>
        <source>Show the &amp;leaderboard</source>
        <translation>显示排行榜(&amp;L)</translation>
    </message>
</context>
<context>
    <name>lyceum::challengestore</name>
    <message>
        <location filename="../core/learning/challenge_store.cpp" line="238"/>
        <source>It is too late to check in for that day.</source>
        <translation>那一天已经过了打卡期限。</translation>
    </message>
    <message>
        <location filename="../core/learning/challenge_store.cpp" line="237"/>
        <source>This challenge has ended.</source>
        <translation>这个挑战已经结束。</translation>
    </message>
    <message>
        <location filename="../core/learning/challenge_store.cpp" line="236"/>
        <source>That day has not begun yet.</source>
        <translation>那一天还没有开始。</translation>
    </message>
    <message>
        <location filename="../core/learning/challenge_store.cpp" line="234"/>
        <source>You have made up as many days as this challenge allows.</source>
        <translation>你的补卡次数已用完。</translation>
    </message>
    <message>
        <location filename="../core/learning/challenge_store.cpp" line="228"/>
        <source>Check-ins open at %1.</source>
        <translation>%1 开始打卡。</translation>
    </message>
    <message>
        <location filename="../core/learning/challenge_store.cpp" line="220"/>
        <source>You have already checked in for that day.</source>
        <translation>那一天你已经打过卡了。</translation>
    </message>
    <message>
        <location filename="../core/learning/challenge_store.cpp" line="217"/>
        <source>This challenge is closed.</source>
        <translation>这个挑战已结束。</translation>
    </message>
    <message>
        <location filename="../core/learning/challenge_store.cpp" line="211"/>
        <source>The challenge was not found in the local cache.</source>
        <translation>本地缓存中找不到这个挑战。</translation>
    </message>
    <message>
        <location filename="../core/learning/challenge_store.cpp" line="205"/>
        <source>A check-in is 1 to %1 characters.</source>
        <translation>打卡内容为 1 到 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SignUpDialog</name>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>The account could not be created. Check the address and your connection.</source>
        <translation>无法创建账号。请检查服务器地址和网络连接。</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>The handle @%1 is taken: choose another.</source>
        <translation>用户名 @%1 已被占用，请换一个。</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>At least %1 characters; not a dictionary word and not based on your handle or name.</source>
        <translation>至少 %1 个字符；不能是字典中的单词，也不能基于你的用户名或名字。</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>3 to 32 characters: a–z, 0–9 and _. Others will mention you as @handle.</source>
        <translation>3 到 32 个字符：a–z、0–9 和 _。别人会用 @用户名 提到你。</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>At most 256 bytes.</source>
        <translation>最多 256 字节。</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>A handle is 3 to 32 characters long.</source>
        <translation>用户名长度为 3 到 32 个字符。</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>Use only small letters a–z, digits and _ (no capitals, spaces or other scripts).</source>
        <translation>只能使用小写字母 a–z、数字和 _（不能有大写字母、空格或其他文字）。</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>&amp;Confirm password</source>
        <translation>确认密码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>&amp;Display name</source>
        <translation>显示名称(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>&amp;Handle</source>
        <translation>用户名(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>How others see you, e.g. 王小明</source>
        <translation>别人看到的名字，例如 王小明</translation>
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
        <translation>以学员身份加入社群。加入后即可购买课程、参与讨论。</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>Create your account</source>
        <translation>创建你的账号</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>Create an account</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/account/sign_up_dialog.cpp"/>
        <source>Create account</source>
        <translation>创建账号</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>Your password was changed. %n other device(s) were signed out.</source>
        <translation>
            <numerusform>密码已修改。%n 台其他设备已退出登录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>Changing…</source>
        <translation>正在修改…</translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>At least 10 characters; not a dictionary word and not based on your handle or name.</source>
        <translation>至少 10 个字符；不能是字典中的单词，也不能基于你的用户名或名字。</translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>&amp;Confirm new password</source>
        <translation>确认新密码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>C&amp;urrent password</source>
        <translation>当前密码(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>Your other devices will be signed out; this one stays signed in.</source>
        <translation>你的其他设备将被退出登录；这台设备保持登录。</translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>Change your password</source>
        <translation>修改你的密码</translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/account/change_password_dialog.cpp"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::DevicesDialog</name>
    <message numerus="yes">
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>%n other device(s) were signed out.</source>
        <translation>
            <numerusform>%n 台其他设备已退出登录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>%1 was signed out.</source>
        <translation>%1 已退出登录。</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>No other device is signed in.</source>
        <translation>没有其他设备登录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>%n other device(s) signed in.</source>
        <translation>
            <numerusform>另有 %n 台设备已登录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>%1 (this device)</source>
        <translation>%1（这台设备）</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Unnamed device</source>
        <translation>未命名设备</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Delete signs out the selected device</source>
        <translation>按 Delete 退出所选设备</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Last seen</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Sign out a device you no longer use or do not recognise. It will have to sign in again with your password.</source>
        <translation>退出你不再使用或不认识的设备。该设备需要用你的密码重新登录。</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Devices signed in</source>
        <translation>已登录的设备</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Your devices</source>
        <translation>你的设备</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Sign out all other devices</source>
        <translation>退出所有其他设备</translation>
    </message>
    <message>
        <location filename="../ui/account/devices_dialog.cpp"/>
        <source>Sign out this device</source>
        <translation>退出这台设备</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SavedPage</name>
    <message numerus="yes">
        <location filename="../ui/saved/saved_page.cpp"/>
        <source>%n saved post(s)</source>
        <translation>
            <numerusform>%n 个收藏的帖子</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_page.cpp"/>
        <source>No saved posts yet. Save a post with its Save button or Ctrl+S in a thread, and find it here on every device you sign in on.</source>
        <translation>还没有收藏的帖子。在主题中用帖子的“收藏”按钮或 Ctrl+S 收藏帖子，在你登录的每台设备上都能在这里找到。</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_page.cpp"/>
        <source>Enter opens the post in its thread, Delete removes it from the saved posts</source>
        <translation>回车在主题中打开帖子，Delete 从收藏中移除</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_page.cpp"/>
        <source>Saved posts</source>
        <translation>收藏的帖子</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_page.cpp"/>
        <source>Remove the selected post from your saved posts (Delete)</source>
        <translation>从收藏中移除所选帖子 (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_page.cpp"/>
        <source>Remove from saved</source>
        <translation>取消收藏</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_page.cpp"/>
        <source>Open the post in its thread (Enter)</source>
        <translation>在帖子所在的主题中打开 (回车)</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_page.cpp"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_page.cpp"/>
        <source>Saved</source>
        <translation>收藏</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SavedModel</name>
    <message>
        <location filename="../ui/saved/saved_model.cpp"/>
        <source>This post was deleted. %1</source>
        <translation>此帖子已删除。%1</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_model.cpp"/>
        <source>Hidden by a moderator. %1</source>
        <translation>已被版主隐藏。%1</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_model.cpp"/>
        <source>Not on this computer yet; it appears after the next sync. %1</source>
        <translation>这台电脑上还没有；下次同步后会出现。%1</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_model.cpp"/>
        <source>saved %1</source>
        <translation>收藏于 %1</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_model.cpp"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_model.cpp"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_model.cpp"/>
        <source>(untitled thread)</source>
        <translation>（无标题主题）</translation>
    </message>
    <message>
        <location filename="../ui/saved/saved_model.cpp"/>
        <source>A post saved on another device</source>
        <translation>在另一台设备上收藏的帖子</translation>
    </message>
</context>
<context>
    <name>lyceum::accountapi</name>
    <message>
        <location filename="../core/api/account_api.cpp"/>
        <source>The server could not be reached. Check the address and your connection.</source>
        <translation>无法连接服务器。请检查地址和网络连接。</translation>
    </message>
    <message>
        <location filename="../core/api/account_api.cpp"/>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::MarkdownToolbar</name>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>link text</source>
        <translation>链接文字</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>italic text</source>
        <translation>斜体文字</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>bold text</source>
        <translation>粗体文字</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>Numbered list</source>
        <translation>编号列表</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>Bulleted list</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>Picture…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>&lt;/&gt;</source>
        <translation>&lt;/&gt;</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>1. List</source>
        <translation>1. 列表</translation>
    </message>
    <message>
        <location filename="../ui/studio/markdown_toolbar.cpp"/>
        <source>• List</source>
        <translation>• 列表</translation>
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
        <translation>格式</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::PublishConfirmDialog</name>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Publish the changes</source>
        <translation>发布改动</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Who will see it</source>
        <translation>谁能看到</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Publish?</source>
        <translation>发布？</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Publish the changes?</source>
        <translation>发布这些改动？</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Those who already see it see the new version.</source>
        <translation>已经能看到它的人会看到新版本。</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Free to read</source>
        <translation>免费阅读</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Everyone who can read the space.</source>
        <translation>所有能阅读该版块的人。</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>In the space %1</source>
        <translation>在版块 %1 中</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Free to read for them</source>
        <translation>他们可免费阅读</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>The course's learners.</source>
        <translation>这门课程的学员。</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>The course's learners (those who bought it).</source>
        <translation>这门课程的学员（已购买的人）。</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>In the discussions of the course %1</source>
        <translation>在课程 %1 的讨论区</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Paid: part of the course at %1</source>
        <translation>付费：包含在 %1 的课程中</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Only learners who bought the course; others see it locked, with the offer.</source>
        <translation>只有购买了课程的学员；其他人看到的是锁定状态和购买入口。</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Everyone: the course is free.</source>
        <translation>所有人：这门课程免费。</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Everyone, also those who have not bought the course (a free preview).</source>
        <translation>所有人，包括没有购买课程的人（免费试看）。</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>In the course %1</source>
        <translation>在课程 %1 中</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Free: every lesson is open to everyone.</source>
        <translation>免费：所有课时对所有人开放。</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Paid: %1. Its lessons open to those who buy it (free previews to everyone).</source>
        <translation>付费：%1。购买后才能学习课时（免费试看课时对所有人开放）。</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Everyone can find the course and read its description.</source>
        <translation>所有人都能找到这门课程并阅读简介。</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>In the catalogue</source>
        <translation>在课程目录中</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>Now (or as soon as this computer is online).</source>
        <translation>现在（或这台电脑一联网就发布）。</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>At %1: the server publishes it then, even if this computer is off.</source>
        <translation>%1：届时由服务器发布，即使这台电脑关机也不影响。</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>The post %1</source>
        <translation>帖子 %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>The announcement %1</source>
        <translation>公告 %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>The lesson %1</source>
        <translation>课时 %1</translation>
    </message>
    <message>
        <location filename="../ui/studio/publish_confirm.cpp"/>
        <source>The course %1</source>
        <translation>课程 %1</translation>
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
        <translation>发布后学员看到的就是这样。这里不会发送任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/studio/learner_preview.cpp"/>
        <source>Preview as a learner sees it</source>
        <translation>以学员视角预览</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::OutlineTree</name>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Drag lessons and sections, or move the current one with Alt+Up and Alt+Down; F2 renames a section.</source>
        <translation>拖动课时和章节，或用 Alt+↑ / Alt+↓ 移动当前项；F2 重命名章节。</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Course outline</source>
        <translation>课程大纲</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::OutlineEditor</name>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>The lessons are published when online; their videos upload then.</source>
        <translation>课时会在联网后发布，视频随后上传。</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>New lessons, one per video (%1): %2</source>
        <translation>新课时，每个视频一节（%1 个）：%2</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Videos (*.mp4 *.m4v *.webm)</source>
        <translation>视频 (*.mp4 *.m4v *.webm)</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Add videos</source>
        <translation>添加视频</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Several videos at once, each a new lesson (or drop the files here)</source>
        <translation>一次添加多个视频，每个成为一节新课时（也可以把文件拖到这里）</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Add videos…</source>
        <translation>添加视频…</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Changed: save the order to send it.</source>
        <translation>有改动：保存顺序后才会发送。</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>New section</source>
        <translation>新章节</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>The order was not saved: %1</source>
        <translation>顺序未能保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Saved on this computer; learners see the new order once it is sent.</source>
        <translation>已保存在这台电脑上；发送后学员就能看到新顺序。</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Save the order (Ctrl+S); sent when online</source>
        <translation>保存顺序 (Ctrl+S)；联网后发送</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Its lessons move to the section above</source>
        <translation>其中的课时移到上一个章节</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Save the order</source>
        <translation>保存顺序</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Remove the section</source>
        <translation>删除章节</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Add a section</source>
        <translation>添加章节</translation>
    </message>
    <message>
        <location filename="../ui/studio/outline_editor.cpp"/>
        <source>Lessons</source>
        <translation>课时</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::VideoUploads</name>
    <message>
        <location filename="../ui/studio/video_uploads.cpp"/>
        <source>Not uploaded: %1</source>
        <translation>未上传：%1</translation>
    </message>
    <message>
        <location filename="../ui/studio/video_uploads.cpp"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/studio/video_uploads.cpp"/>
        <source>Uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <location filename="../ui/studio/video_uploads.cpp"/>
        <source>Stop uploading %1 (the lesson stays, without the video)</source>
        <translation>停止上传 %1（课时保留，但没有视频）</translation>
    </message>
    <message>
        <location filename="../ui/studio/video_uploads.cpp"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/studio/video_uploads.cpp"/>
        <source>Waiting to publish the lesson</source>
        <translation>等待发布课时</translation>
    </message>
    <message>
        <location filename="../ui/studio/video_uploads.cpp"/>
        <source>Upload of %1</source>
        <translation>%1 的上传</translation>
    </message>
    <message>
        <location filename="../ui/studio/video_uploads.cpp"/>
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CourseStudio</name>
    <message>
        <location filename="../ui/studio/course_studio.cpp"/>
        <source>Drag lessons and sections into the order learners should follow, or use Alt+Up and Alt+Down.</source>
        <translation>把课时和章节拖成学员应当学习的顺序，或使用 Alt+↑ / Alt+↓。</translation>
    </message>
    <message>
        <location filename="../ui/studio/course_studio.cpp"/>
        <source>Its title, description and price, in a draft</source>
        <translation>在草稿中修改标题、简介和价格</translation>
    </message>
    <message>
        <location filename="../ui/studio/course_studio.cpp"/>
        <source>Your courses</source>
        <translation>你的课程</translation>
    </message>
    <message>
        <location filename="../ui/studio/course_studio.cpp"/>
        <source>Edit the course…</source>
        <translation>编辑课程…</translation>
    </message>
</context>
</TS>
