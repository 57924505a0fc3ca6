<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Format</name>
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
        <name>lyceum::ui::Composer</name>
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
    </context>
    <context>
        <name>lyceum::ui::CourseCardDelegate</name>
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
    </context>
    <context>
        <name>lyceum::ui::DiscussionsPage</name>
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
    </context>
    <context>
        <name>lyceum::ui::LoginDialog</name>
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
    </context>
    <context>
        <name>lyceum::ui::MainWindow</name>
        <message>
            <source>Lyceum</source>
            <translation>Lyceum</translation>
        </message>
        <message>
            <source>Something went wrong.</source>
            <translation>出了点问题。</translation>
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
        <name>lyceum::ui::PostListModel</name>
        <message>
            <source>This post was deleted.</source>
            <translation>该帖子已删除。</translation>
        </message>
    </context>
    <context>
        <name>lyceum::ui::PostWidget</name>
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
    </context>
    <context>
        <name>lyceum::ui::SettingsDialog</name>
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
    </context>
    <context>
        <name>lyceum::ui::Sidebar</name>
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
        <name>lyceum::ui::SyllabusDelegate</name>
        <message>
            <source>Free preview</source>
            <translation>免费试看</translation>
        </message>
    </context>
    <context>
        <name>lyceum::ui::SyllabusModel</name>
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
    </context>
    <context>
        <name>lyceum::ui::ThreadView</name>
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
    </context>
</TS>
