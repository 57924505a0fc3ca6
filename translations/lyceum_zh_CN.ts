<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Format</name>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::AppSession</name>
    <message>
        <source>Lyceum could not open its local data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo community could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo community stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as the demo learner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lyceum could not create its profile folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the demo community failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CataloguePage</name>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search courses, creators, topics…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n course(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This community has no published courses yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading courses…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyceum::ui::Composer</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply… Markdown is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the thread instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown · Ctrl+Enter to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CourseCardDelegate</name>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Free preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyceum::ui::CoursePage</name>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the catalogue (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syllabus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions yet. Ask the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n free preview(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::DemoLauncher</name>
    <message numerus="yes">
        <source>The demo community did not start within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The demo server was not found at %1. Reinstall Lyceum, or sign in to a community with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the demo data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1). %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyceum::ui::DiscussionsPage</name>
    <message>
        <source>New thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a thread in this space (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No threads here yet. Start the first one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyceum::ui::LessonDialog</name>
    <message>
        <source>Free preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson is locked. It opens once you own the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyceum::ui::LoginDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Lyceum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lyceum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your learning community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://community.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your_handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so you will need to sign in again next time. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your community, for example https://community.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handle or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed. Check the server address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyceum::ui::MainWindow</name>
    <message>
        <source>Lyceum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyceum::ui::NewThreadDialog</name>
    <message>
        <source>New thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New thread in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clear, specific title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to discuss? Markdown is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyceum::ui::PostListModel</name>
    <message>
        <source>This post was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyceum::ui::PostWidget</name>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Accepted answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove your reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>React with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>React</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ScreenshotTour</name>
    <message>
        <source>Thanks, this helped! A **short** example:

```
print(&quot;你好&quot;)
```</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you plan your study week?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am trying to fit **two lessons** a week into a busy schedule. What works for you?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies after Lyceum restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory only: you sign in again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of this community? Your downloaded content stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Lyceum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Lyceum now to switch the language?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyceum::ui::Sidebar</name>
    <message>
        <source>Lyceum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyceum::ui::StartupWindow</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lyceum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SyllabusDelegate</name>
    <message>
        <source>Free preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SyllabusModel</name>
    <message>
        <source>Locked: buy the course to open this lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free preview: open to everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyceum::ui::SyncStatusWidget</name>
    <message>
        <source>Sync now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) waiting to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) not accepted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ThreadItemDelegate</name>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ThreadListModel</name>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyceum::ui::ThreadView</name>
    <message>
        <source>Select a thread to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the thread…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This thread is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Started by %1 · %2 · %n reply(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This thread is locked: new replies are closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lyceum, a desktop client for learning communities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the account profile in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save screenshots of every screen to &lt;dir&gt;, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size, for example 1024x700.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
