<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="+20"/>
        <source>导入文件(&amp;I)…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导入 .txt / .md 文章文件</source>
        <translation>Import article files (.txt / .md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入文件夹(&amp;F)…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入一个文件夹中的全部文章</source>
        <translation>Import every article in a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>跳到文章列表上方的搜索框</source>
        <translation>Go to the search box above the article list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重新读取文章列表</source>
        <translation>Read the article list again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一篇(&amp;J)</source>
        <translation>Next Article (&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上一篇(&amp;K)</source>
        <translation>Previous Article (&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>放大字号</source>
        <translation>Larger Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缩小字号</source>
        <translation>Smaller Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>默认字号</source>
        <translation>Default Text Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重建搜索索引(&amp;B)</source>
        <translation>Re&amp;build Search Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从全部文章重新建立全文搜索索引</source>
        <translation>Build the full-text search index again from all articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设置(&amp;S)…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>高亮颜色、字体、主题、语言和备份</source>
        <translation>Highlight colours, font, theme, language and backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关于政文阅览(&amp;A)</source>
        <translation>&amp;About Zhengwen Reader</translation>
    </message>
</context>
<context>
    <name>ArticleListPane</name>
    <message>
        <location filename="../../desktop_app/ui/article_list.py" line="+23"/>
        <source>搜索标题和正文…  例:脱贫  官员:王晓  -会议</source>
        <translation>Search titles and text…  e.g. word  official:name  -exclude</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>空格分隔的词须同时出现;&quot;-词&quot; 排除;官员:姓名 只找该官员出现的文章</source>
        <translation>Words separated by spaces must all occur; &quot;-word&quot; excludes; official:name finds only articles that mention that official</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="+39"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>官员</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文章标题</source>
        <translation>Article title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>发布日期</source>
        <translation>Date published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>识别出的官员人数</source>
        <translation>Number of officials found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>识别出的任务条数</source>
        <translation>Number of tasks found</translation>
    </message>
</context>
<context>
    <name>EntitiesPane</name>
    <message>
        <location filename="../../desktop_app/ui/entities_pane.py" line="+23"/>
        <source>官员及职务</source>
        <translation>Official and posts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>提及</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>讲话人</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>官员</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>单击跳到第一次提及,再次单击跳到下一次</source>
        <translation>Click to go to the first mention, click again for the next</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>本文未识别出官员</source>
        <translation>No officials found in this article</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>本文未识别出任务</source>
        <translation>No tasks found in this article</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="+28"/>
        <source>政文阅览</source>
        <translation>Zhengwen Reader</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../desktop_app/app.py" line="+123"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>文章库中还没有文章。

请通过“文件 → 导入文件”(Ctrl+I)或“导入文件夹”添加文章。</source>
        <translation>There are no articles in the store yet.

Add some with “File → Import Files” (Ctrl+I) or “Import Folder”.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>找到 {0} 篇 / 共 {1} 篇</source>
        <translation>{0} found / {1} articles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>共 {0} 篇文章</source>
        <translation>{0} articles</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>关于政文阅览</source>
        <translation>About Zhengwen Reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政文阅览 — 阅读、检索和归档政务新闻与会议报道。
正文中官员与任务以不同颜色标出。</source>
        <translation>Zhengwen Reader — read, search and file government news and meeting reports.
Officials and tasks are highlighted in the text in different colours.</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../desktop_app/ui/reader_pane.py" line="+72"/>
        <source>高亮:</source>
        <translation>Highlight:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>官员</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>显示或隐藏官员姓名的高亮</source>
        <translation>Show or hide the highlighting of officials&apos; names</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>显示或隐藏任务的高亮</source>
        <translation>Show or hide the highlighting of tasks</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>来源:{}</source>
        <translation>Source: {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>日期:{}</source>
        <translation>Date: {}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>浏览量:{}</source>
        <translation>Views: {}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>子任务</source>
        <translation>Subtask</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="+103"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>高亮颜色</source>
        <translation>Highlight colours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>官员</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>选择颜色;文字颜色自动取黑或白,以保证对比度</source>
        <translation>Choose a colour; the text on it turns black or white, whichever contrasts more</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>恢复默认颜色</source>
        <translation>Restore default colours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>系统默认</source>
        <translation>System default</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> 磅</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>跟随系统</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>浅色</source>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>深色</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>界面语言在重新启动政文阅览后生效。</source>
        <translation>A new language takes effect when Zhengwen Reader is restarted.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>文章库、设置和备份所在的文件夹;便携模式下在程序旁边</source>
        <translation>The folder that holds the store, the settings and the backups; beside the program in portable mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>阅读</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>字体</source>
        <translation>Font</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>字号</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外观与语言</source>
        <translation>Appearance and language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>主题</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保留备份</source>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>选择高亮颜色</source>
        <translation>Choose a highlight colour</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>示例文字 {0}</source>
        <translation>Sample text {0}</translation>
    </message>
</context>
<context>
    <name>StoreJobs</name>
    <message>
        <location filename="../../desktop_app/ui/store_jobs.py" line="+49"/>
        <source>导入文章文件</source>
        <translation>Import Article Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文章 (*.txt *.md *.text);;所有文件 (*)</source>
        <translation>Articles (*.txt *.md *.text);;All files (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导入文件夹中的文章</source>
        <translation>Import the Articles in a Folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>正在导入文章…</source>
        <translation>Importing articles…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导入 {0} 篇,重复 {1} 篇,失败 {2} 篇。</source>
        <translation>{0} imported, {1} duplicates, {2} failed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导入已取消。</source>
        <translation>Import cancelled. </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>以下文章已在库中,未重复导入:</source>
        <translation>These articles are already in the store and were not imported again:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>以下文件无法导入:</source>
        <translation>These files could not be imported:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导入完成</source>
        <translation>Import Finished</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在重建搜索索引…</source>
        <translation>Rebuilding the search index…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重建搜索索引</source>
        <translation>Rebuild Search Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索索引已重建。</source>
        <translation>The search index has been rebuilt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已取消,原有索引保持不变。</source>
        <translation>Cancelled; the index is unchanged.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政文阅览</source>
        <translation>Zhengwen Reader</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>出错了</source>
        <translation>Something Went Wrong</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作失败:{}</source>
        <translation>The operation failed: {}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_app/app.py" line="-77"/>
        <location line="+19"/>
        <source>政文阅览</source>
        <translation>Zhengwen Reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法打开文章库:{0}
{1}</source>
        <translation>Cannot open the article store: {0}
{1}</translation>
    </message>
</context>
</TS>
