<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/ui/bulk_jobs.py" line="+67"/>
        <source>(已取消:其余 {0} 篇未处理)</source>
        <translation> (cancelled: the other {0} were left as they were)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="+75"/>
        <source>关于政文阅览</source>
        <translation>About Zhengwen Reader</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>命令</source>
        <translation>Commands</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>快捷键</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>键盘快捷键</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>许可协议</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>政文阅览 {0}</source>
        <translation>Zhengwen Reader {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>阅读、检索和归档政务新闻与会议报道。正文中的官员与任务以不同颜色标出,任务可逐项督办。</source>
        <translation>Read, search and file government news and meeting reports. Officials and tasks are highlighted in the text in different colours, and each task can be followed up.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MIT 许可协议(见“许可协议”页)</source>
        <translation>MIT licence (see the “Licence” page)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>打开数据文件夹</source>
        <translation>Open Data Folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>版本:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据文件夹:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文章库文件:</source>
        <translation>Store file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>许可:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>运行环境:</source>
        <translation>Runtime:</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="+77"/>
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
        <location line="+3"/>
        <source>导出(&amp;E)…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把文章或任务分解表导出为 Word、PDF、Excel、网页等文件</source>
        <translation>Export articles or the task breakdown table as Word, PDF, Excel, web pages and more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打印当前文章(带高亮),先显示打印预览</source>
        <translation>Print the open article with its highlights, after a print preview</translation>
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
        <source>下一处搜索结果(&amp;N)</source>
        <translation>&amp;Next Match</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>在正文中跳到搜索词的下一处</source>
        <translation>Go to the next place in the text where the search words occur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上一处搜索结果(&amp;P)</source>
        <translation>&amp;Previous Match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在正文中跳到搜索词的上一处</source>
        <translation>Go to the previous place in the text where the search words occur</translation>
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
        <location line="+5"/>
        <source>设置(&amp;S)…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>高亮颜色、字体、主题、语言和备份</source>
        <translation>Highlight colours, font, theme, language and backups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>移到回收站(&amp;D)</source>
        <translation>Move to &amp;Trash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把所选文章移到回收站;可在“回收站”中恢复</source>
        <translation>Move the selected articles to the trash; restore them from the Trash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回收站(&amp;R)…</source>
        <translation>T&amp;rash…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>查看已删除的文章,恢复或永久删除</source>
        <translation>Show deleted articles; restore them or delete them for good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编辑文章(&amp;E)</source>
        <translation>&amp;Edit Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示或隐藏编辑窗格:修改标题、日期、正文和高亮</source>
        <translation>Show or hide the editing pane: change the title, date, text and highlights</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任务督办(&amp;T)…</source>
        <translation>&amp;Task Follow-up…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部文章的任务及责任单位、完成时限、状态和进展</source>
        <translation>The tasks of all articles with lead units, deadlines, status and progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>督办修改记录(&amp;H)…</source>
        <translation>&amp;Follow-up change log…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>谁在何时改了哪项任务的督办(团队资料库记录)</source>
        <translation>Who changed which task&apos;s follow-up, and when (recorded by a team library)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统计(&amp;S)…</source>
        <translation>&amp;Statistics…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每月文章数、被提及最多的官员和任务督办状态的图表</source>
        <translation>Charts of articles per month, the most-mentioned officials and the status of tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人物索引(&amp;P)…</source>
        <translation>&amp;People Index…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部官员及其职务、出现日期、相关文章和交办的任务</source>
        <translation>Every official with their posts, the dates they appear, their articles and the tasks they gave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>键盘快捷键(&amp;K)</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>列出全部键盘快捷键</source>
        <translation>List every keyboard shortcut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关于政文阅览(&amp;A)</source>
        <translation>&amp;About Zhengwen Reader</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>版本、数据文件夹和许可协议</source>
        <translation>Version, data folder and licence</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>从剪贴板新建文章(&amp;V)…</source>
        <translation>New Article from Clip&amp;board…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>新建资料库(&amp;N)…</source>
        <translation>&amp;New Library…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建一个空的资料库文件并在本窗口打开</source>
        <translation>Create an empty library file and open it in this window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开资料库(&amp;O)…</source>
        <translation>&amp;Open Library…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开另一个资料库,或从最近打开的资料库中选择</source>
        <translation>Open another library, or choose one of the recently opened libraries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>连接团队资料库(&amp;T)…</source>
        <translation>Connect to &amp;Team Library…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开 PostgreSQL 服务器上的团队资料库:多个桌面同时使用同一批文章和督办</source>
        <translation>Open a team library on a PostgreSQL server: many desks share the same articles and follow-up</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>把复制的文章文字识别为标题、来源、日期和正文,核对后保存</source>
        <translation>Read copied article text as title, source, date and body; check it, then save</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>检查文章库(&amp;C)…</source>
        <translation>&amp;Check Library…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>检查文章库文件和搜索索引是否完好</source>
        <translation>Check that the library file and its search index are sound</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份与恢复(&amp;U)…</source>
        <translation>Backs&amp;ups and Restore…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看自动备份,立即备份,或从备份恢复文章库</source>
        <translation>See the automatic backups, back up now, or restore the library from a backup</translation>
    </message>
</context>
<context>
    <name>ArticleActions</name>
    <message>
        <location filename="../../desktop_app/ui/article_actions.py" line="+57"/>
        <source>{0} — 政文阅览</source>
        <translation>{0} — Zhengwen Reader</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>正在移到回收站…</source>
        <translation>Moving to the trash…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已将 {0} 篇文章移到回收站(编辑 → 回收站 可恢复)</source>
        <translation>Moved {0} article(s) to the trash (Edit → Trash restores them)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>操作失败:{0}</source>
        <translation>The operation failed: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已恢复 {0} 篇文章</source>
        <translation>Restored {0} article(s)</translation>
    </message>
</context>
<context>
    <name>ArticleForm</name>
    <message>
        <location filename="../../desktop_app/ui/article_form.py" line="+29"/>
        <source>标题:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>副标题:</source>
        <translation>Subtitle:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来源:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>浏览量:</source>
        <translation>Views:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标签:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>如 2019-03-01</source>
        <translation>e.g. 2019-03-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用逗号或“、”分隔</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>备注(仅自己可见)</source>
        <translation>Notes (only you see them)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>备注:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正文:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>日期格式不对:请写成 2019-03-01 或 2019年3月1日。</source>
        <translation>The date is not in a known form: write it as 2019-03-01.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这一天(请检查月份和日期)。</source>
        <translation>There is no such day (check the month and the day).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期超出范围(1900 年以后,且不晚于明年)。</source>
        <translation>The date is out of range (after 1900 and no later than next year).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>浏览量应为不小于 0 的整数</source>
        <translation>Views must be a whole number, 0 or more</translation>
    </message>
</context>
<context>
    <name>ArticleListPane</name>
    <message>
        <location filename="../../desktop_app/ui/article_list.py" line="+89"/>
        <source>搜索标题和正文…  例:脱贫  官员:王晓  -会议</source>
        <translation>Search…  e.g. word  official:name  -word</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>空格分隔的词须同时出现;&quot;带空格的短语&quot; 用引号;&quot;-词&quot; 排除;
官员:姓名 / 任务:词 / 职务:词 / 来源:词 按识别结果查找。F3 / Shift+F3 在正文中跳到下一处/上一处</source>
        <translation>Words separated by spaces must all occur; put &quot;a phrase with spaces&quot; in quotes; &quot;-word&quot; excludes;
official:name / task:word / post:word / source:word search what was recognised. F3 / Shift+F3 go to the next/previous match in the text</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>相关度</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按搜索词出现的次数排序(结果不超过 {0} 篇时)</source>
        <translation>Sort by how often the search words occur (when there are at most {0} results)</translation>
    </message>
    <message>
        <location line="+211"/>
        <location line="+28"/>
        <source>正在读取文章列表…</source>
        <translation>Reading the article list…</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>未能读取文章列表</source>
        <translation>Could not read the article list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>共 {0} 篇文章</source>
        <translation>{0} articles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>共 1 篇文章</source>
        <translation>1 article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>找到 {0} 篇 / 共 {1} 篇</source>
        <translation>{0} found / {1} articles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>找到 {0} 篇</source>
        <translation>{0} found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · 搜索词过多:只用了前 {0} 个,其余 {1} 个未用</source>
        <translation> · too many search words: the first {0} were used, {1} left out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(正在读取…)</source>
        <translation> (reading…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(未能更新)</source>
        <translation> (not updated)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(正在计数…)</source>
        <translation> (counting…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · 结果超过 {0} 篇,按日期排序</source>
        <translation> · more than {0} results, sorted by date</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>未能读取文章列表:{0}

按 F5 重试</source>
        <translation>Could not read the article list: {0}

Press F5 to try again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有找到包含“{0}”并符合筛选条件的文章</source>
        <translation>No articles contain “{0}” and match the filters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有找到包含“{0}”的文章</source>
        <translation>No articles contain “{0}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有找到符合筛选条件的文章</source>
        <translation>No articles match the filters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文章库中还没有文章</source>
        <translation>The library has no articles yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>检查错别字,或换一个更短的词</source>
        <translation>Check the spelling, or try a shorter word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>几个词须同时出现:去掉一个词试试</source>
        <translation>All the words must occur: try leaving one out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>清除日期、来源、官员或标签筛选</source>
        <translation>Clear the date, source, official or tag filters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>用“文件 → 导入文件”(Ctrl+I)添加文章</source>
        <translation>Add articles with File → Import Files (Ctrl+I)</translation>
    </message>
</context>
<context>
    <name>ArticleMenu</name>
    <message>
        <location filename="../../desktop_app/ui/article_menu.py" line="+117"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在新窗口中打开</source>
        <translation>Open in New Window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出所选 {0} 篇…</source>
        <translation>Export the {0} Selected…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>复制标题</source>
        <translation>Copy Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复制引用(标题 · 来源 · 日期)</source>
        <translation>Copy Citation (title · source · date)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>添加标签…</source>
        <translation>Add Tag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移除标签</source>
        <translation>Remove Tag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>移出督办</source>
        <translation>Remove from Follow-up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>纳入督办</source>
        <translation>Add to Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新识别官员和任务</source>
        <translation>Find Officials and Tasks Again</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重新识别官员和任务({0} 篇)</source>
        <translation>Find Officials and Tasks Again ({0} articles)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>显示原文件</source>
        <translation>Show Original File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这篇文章不是从文件导入的,或原文件已不在</source>
        <translation>This article was not imported from a file, or the file is gone</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>所选文章的信息已读取,请再次右击。</source>
        <translation>The selected articles have been read: right-click again.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>已复制 {0} 行</source>
        <translation>Copied {0} line(s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>添加标签</source>
        <translation>Add Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>给所选的 {0} 篇文章添加标签:</source>
        <translation>Tag for the {0} selected article(s):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>正在添加标签…</source>
        <translation>Adding the tag…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>正在移除标签…</source>
        <translation>Removing the tag…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已给 {0} 篇文章添加标签“{1}”</source>
        <translation>Tagged {0} article(s) “{1}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已从 {0} 篇文章移除标签“{1}”</source>
        <translation>Removed the tag “{1}” from {0} article(s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>操作失败:{0}</source>
        <translation>The operation failed: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>正在纳入督办…</source>
        <translation>Adding to follow-up…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>正在移出督办…</source>
        <translation>Removing from follow-up…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已将 {0} 篇文章的任务纳入督办</source>
        <translation>The tasks of {0} article(s) are now followed up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已将 {0} 篇文章移出督办</source>
        <translation>{0} article(s) removed from follow-up</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>正在重新识别 {0} 篇文章…</source>
        <translation>Finding officials and tasks again in {0} article(s)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在重新识别官员和任务…</source>
        <translation>Recognising officials and tasks again…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已重新识别 {0} 篇文章;手工修正已保留。</source>
        <translation>Found officials and tasks again in {0} article(s); manual corrections were kept.</translation>
    </message>
</context>
<context>
    <name>ArticlePrinter</name>
    <message>
        <location filename="../../desktop_app/ui/print_support.py" line="+46"/>
        <source>打印预览 — {0}</source>
        <translation>Print Preview — {0}</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/article_model.py" line="+128"/>
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
    <message>
        <location line="+342"/>
        <source>未能读取(稍后重试)</source>
        <translation>Not read (will retry)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
</context>
<context>
    <name>BackupNotice</name>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="+43"/>
        <source>自动备份</source>
        <translation>Automatic Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已为资料库“{0}”自动备份了一份,大小 {1}。</source>
        <translation>The library “{0}” was backed up automatically ({1}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>备份位置:{0}

以后{1}最多自动备份一次,保留最近 {2} 份(约 {3})。可在“工具 → 设置”中关闭自动备份或换一个位置,在“工具 → 备份与恢复”中查看和恢复。</source>
        <translation>Backups go to: {0}

From now on at most one automatic backup {1}; the latest {2} are kept (about {3}). Turn automatic backups off or move them in Tools → Settings; see and restore them in Tools → Backups and Restore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>每周</source>
        <translation>a week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>每天</source>
        <translation>a day</translation>
    </message>
</context>
<context>
    <name>BackupOptions</name>
    <message>
        <location line="+17"/>
        <source>自动备份(每天一次;大的文章库每周一次)</source>
        <translation>Automatic backups (daily; weekly for a large library)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>数据文件夹中的 backups(默认)</source>
        <translation>backups in the data folder (default)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每个资料库的备份放在这里以资料库命名的文件夹中</source>
        <translation>Each library&apos;s backups go into a folder named after the library here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>备份位置</source>
        <translation>Backup Location</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location line="+56"/>
        <source>备份与恢复</source>
        <translation>Backups and Restore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>政文阅览每天(大的文章库每周)和关闭时自动备份文章库,可在“工具 → 设置”中关闭或换位置。恢复某个备份前,会先把当前文章库再备份一份。</source>
        <translation>Zhengwen Reader backs up the library every day (every week for a large library) and when it closes; turn this off or move the backups in Tools → Settings. Before a backup is restored, the current library is backed up once more.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>备份时间</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>还没有备份。点击“立即备份”生成第一份。</source>
        <translation>No backups yet. Click &quot;Back Up Now&quot; to make the first one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> 份</source>
        <translation> backups</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>备份文件夹:{0}</source>
        <translation>Backup folder: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>立即备份</source>
        <translation>Back Up Now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用所选备份替换当前文章库(当前文章库会先备份)</source>
        <translation>Replace the current library with the selected backup (the current library is backed up first)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>保留最近</source>
        <translation>Keep the latest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>份备份(更早的自动删除)</source>
        <translation>backups (older ones are deleted)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>恢复前自动保存</source>
        <translation>Saved before a restore</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>另一个窗口正在使用此文章库,本窗口不能恢复备份</source>
        <translation>Another window is using this library; this window cannot restore a backup</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已备份:{0}</source>
        <translation>Backed up: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>备份失败:{0}</source>
        <translation>Backup failed: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+42"/>
        <location line="+19"/>
        <source>恢复备份</source>
        <translation>Restore Backup</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>用 {0} 的备份替换当前文章库?

当前文章库会先备份一份,之后仍可从列表中恢复。</source>
        <translation>Replace the current library with the backup of {0}?

The current library is backed up first and can be restored from the list afterwards.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>正在导入或备份,请等它完成后再恢复。</source>
        <translation>An import or backup is running; please wait until it has finished, then restore.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>正在恢复 {0} 的备份…</source>
        <translation>Restoring the backup of {0}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已恢复 {0} 的备份。</source>
        <translation>The backup of {0} was restored. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>恢复前的文章库已另存为备份:{0}</source>
        <translation>The library as it was before is kept as a backup: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>无法恢复:{0}</source>
        <translation>Cannot restore: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>恢复失败:{0}</source>
        <translation>Restore failed: {0}</translation>
    </message>
</context>
<context>
    <name>BulkProgress</name>
    <message>
        <location filename="../../desktop_app/ui/bulk_jobs.py" line="-39"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>政文阅览</source>
        <translation>Zhengwen Reader</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <location filename="../../desktop_app/ui/tracking_conflict.py" line="+27"/>
        <source>保留我的</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用我的修改覆盖对方改过的字段</source>
        <translation>Write my change over the field the other person changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>采用他们的</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>放弃我的修改,显示资料库中现在的内容</source>
        <translation>Drop my change and show what the library holds now</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>责任领导</source>
        <translation>Responsible leader</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>责任单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>配合单位</source>
        <translation>Supporting units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未启动</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>推进中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延期</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(空)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>「{0}」已被 {1} 改为“{2}”</source>
        <translation>“{0}” was changed by {1} to “{2}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>「{0}」已在别处被改为“{1}”</source>
        <translation>“{0}” was changed elsewhere to “{1}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>;</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>;你的修改未保存</source>
        <translation>; your change was not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任务“{0}”:</source>
        <translation>Task “{0}”: </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="+18"/>
        <source>保存冲突</source>
        <translation>Save Conflict</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}”在你打开之后已被{1}保存。请对比两个版本,选择保留哪一个。</source>
        <translation>“{0}” was saved by {1} after you opened it. Compare the two versions and choose which to keep.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他人</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>他们的版本</source>
        <translation>Their version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>我的版本</source>
        <translation>My version</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(不同)</source>
        <translation>(differs)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>保留我的版本</source>
        <translation>Keep Mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>采用他们的版本</source>
        <translation>Take Theirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>继续编辑</source>
        <translation>Keep Editing</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>副标题</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>浏览量</source>
        <translation>Views</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>人工更正</source>
        <translation>Manual corrections</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>自动标注</source>
        <translation>Automatic highlights</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../desktop_app/ui/server_library.py" line="+58"/>
        <source>连接团队资料库</source>
        <translation>Connect to Team Library</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>团队资料库在 PostgreSQL 服务器上,多个桌面同时使用同一批文章、修改和督办。密码不会保存:请使用 .pgpass 文件,或在连接时输入。</source>
        <translation>A team library lives on a PostgreSQL server; many desks share the same articles, edits and follow-up. The password is never saved: use a .pgpass file, or type it when connecting.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>服务器:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>端口:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据库:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
</context>
<context>
    <name>ConnectingWindow</name>
    <message>
        <location filename="../../desktop_app/ui/connecting.py" line="+57"/>
        <source>政文阅览</source>
        <translation>Zhengwen Reader</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保留当前打开的资料库</source>
        <translation>Keep the library that is open now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打开本机资料库</source>
        <translation>Open Local Library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>默认资料库</source>
        <translation>The default library</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>连接其他团队资料库…</source>
        <translation>Connect to Another Team Library…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>正在连接团队资料库…</source>
        <translation>Connecting to the team library…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务器不可用时,最多 5 秒后会在这里说明原因。</source>
        <translation>If the server cannot be reached, the reason shows here within 5 seconds.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>未能连接团队资料库</source>
        <translation>Could not connect to the team library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}
请检查网络和服务器是否在运行,然后按“重试”;或按“取消”继续使用当前的资料库。</source>
        <translation>{0}
Check the network and that the server is running, then press Retry; or press Cancel to go on with the library that is open.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}
请检查网络和服务器是否在运行,然后按“重试”;或先打开本机资料库。</source>
        <translation>{0}
Check the network and that the server is running, then press Retry; or open the local library for now.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop_app/ui/date_field.py" line="+59"/>
        <location line="+60"/>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>可输入 2019-10-01、2019年10月1日、20191001,或 2019-10(整月)、2019(整年);Alt+↓ 打开日历</source>
        <translation>Type 2019-10-01, 2019/10/1, 20191001 or a date in Chinese; 2019-10 for a month, 2019 for a year; Alt+↓ opens the calendar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>从日历中选择</source>
        <translation>Choose from the calendar</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <location filename="../../desktop_app/ui/editor_pane.py" line="+62"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存修改 (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+159"/>
        <source>重新识别</source>
        <translation>Recognise Again</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>对当前正文重新识别官员和任务;手工修正会保留</source>
        <translation>Recognise the officials and tasks of the current text again; manual corrections are kept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>恢复自动结果</source>
        <translation>Restore Automatic Results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>丢弃本文全部手工修正,只保留自动识别的结果(可撤销)</source>
        <translation>Discard all of this article&apos;s manual corrections and keep only what was recognised automatically (can be undone)</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+321"/>
        <source>恢复草稿</source>
        <translation>Restore Draft</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>修改标题</source>
        <translation>Change title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改副标题</source>
        <translation>Change subtitle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改来源</source>
        <translation>Change source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改日期</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改浏览量</source>
        <translation>Change views</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改标签</source>
        <translation>Change tags</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>修改备注</source>
        <translation>Change notes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>编辑正文</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编辑触及 {0} 处高亮,已标记待复核;{1} 处随文字删除。</source>
        <translation>The edit touched {0} highlights, marked for review; {1} were deleted with the text.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>恢复自动识别结果</source>
        <translation>Restore automatic results</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已重新识别;手工修正已保留。</source>
        <translation>Recognised again; manual corrections kept.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>标题不能为空。</source>
        <translation>The title cannot be empty.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>正文不能为空。</source>
        <translation>The text cannot be empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期格式不对,未保存:请写成 2019-03-01。</source>
        <translation>Not saved: write the date as 2019-03-01.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有这一天,未保存。</source>
        <translation>Not saved: there is no such day.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期超出范围,未保存。</source>
        <translation>Not saved: the date is out of range.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>浏览量应为不小于 0 的整数,未保存。</source>
        <translation>Not saved: views must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另一篇文章的正文与此相同,未保存。</source>
        <translation>Not saved: another article has the same text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这篇文章已被删除。</source>
        <translation>This article has been deleted.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>未打开文章</source>
        <translation>No article open</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · {0} 处高亮待复核</source>
        <translation> · {0} highlights to review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在编辑:{0}{1}{2}</source>
        <translation>Editing: {0}{1}{2}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>团队资料库已恢复连接,“{0}”已保存。</source>
        <translation>The team library is back: “{0}” is saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>资料库连接不上:“{0}”的修改已存为本机草稿,连接恢复后自动保存。</source>
        <translation>Cannot reach the library: the changes to “{0}” are kept as a draft on this computer and saved when it is back.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{0}”未保存:已被其他人修改;草稿已保留。</source>
        <translation>“{0}” not saved: someone else changed it; the draft is kept.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{0}”未保存:{1}</source>
        <translation>“{0}” not saved: {1}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>未保存:这篇文章已被其他人修改。</source>
        <translation>Not saved: someone else changed this article.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>未保存的修改</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}”有未保存的修改。要保存吗?</source>
        <translation>“{0}” has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“{0}”已不在资料库中,它的草稿已删除。</source>
        <translation>“{0}” is no longer in the library; its draft was deleted.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已恢复未保存的草稿;保存后生效。</source>
        <translation>The unsaved draft has been restored; save to keep it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>未能读取“{0}”,草稿未恢复(仍保留,下次启动时再问):{1}</source>
        <translation>Could not read “{0}”; the draft was not restored (it is kept and offered again at the next start): {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在读取“{0}”以恢复草稿…</source>
        <translation>Reading “{0}” to restore its draft…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>上次关闭前“{0}”有未保存的修改({1})。要恢复吗?</source>
        <translation>“{0}” had unsaved changes when the app last closed ({1}). Restore them?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>恢复到修订 {0} 之前</source>
        <translation>Restore to before revision {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已恢复到所选修订之前的内容;保存后生效。</source>
        <translation>Restored to before the chosen revision; save to keep it.</translation>
    </message>
</context>
<context>
    <name>EntitiesPane</name>
    <message>
        <location filename="../../desktop_app/ui/entities_pane.py" line="+54"/>
        <source>官员及职务</source>
        <translation>Official and posts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>提及</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+178"/>
        <source>合并为同一人…</source>
        <translation>Merge as One Person…</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>选中两位或多位官员(按住 Ctrl 多选),把他们合并为同一人</source>
        <translation>Select two or more officials (hold Ctrl to select several) to merge them into one person</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <location line="+32"/>
        <source>任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+2"/>
        <source>讲话人</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+266"/>
        <source>督办详情…</source>
        <translation>Follow-up Details…</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>责任单位、配合单位、责任领导、完成时限、状态、进展情况和备注</source>
        <translation>Lead unit, supporting units, responsible leader, deadline, status, progress and notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+256"/>
        <location line="+49"/>
        <source>纳入督办</source>
        <translation>Add to Follow-up</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>把这项任务放上督办看板(或从看板移出);督办信息保留</source>
        <translation>Put this task on the follow-up board (or take it off); its follow-up details are kept</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>状态:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>官员</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>未启动</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>推进中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延期</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>单击跳到第一次提及,再次单击跳到下一次</source>
        <translation>Click to go to the first mention, click again for the next</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>本文未识别出官员</source>
        <translation>No officials found in this article</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>本文未识别出任务</source>
        <translation>No tasks found in this article</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>督办中</source>
        <translation>Tracked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未纳入督办</source>
        <translation>Not tracked</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>责任单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>配合单位</source>
        <translation>Supporting units</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>责任领导</source>
        <translation>Responsible leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>最新进展:{0} {1}</source>
        <translation>Latest progress: {0} {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+51"/>
        <source>移出督办</source>
        <translation>Remove from Follow-up</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>正在纳入督办…</source>
        <translation>Adding to follow-up…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>正在移出督办…</source>
        <translation>Removing from follow-up…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>操作失败:{0}</source>
        <translation>The operation failed: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>先保存文章,才能为新标记的任务填写督办信息。</source>
        <translation>Save the article first to fill in follow-up details for newly marked tasks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选中一项任务,填写状态和督办详情。</source>
        <translation>Select a task to fill in its status and follow-up details.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>团队资料库已恢复连接,任务“{0}”的督办修改已保存。</source>
        <translation>The team library is back: the follow-up change of task “{0}” has been saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>上次未存入的督办修改已保存:任务“{0}”。</source>
        <translation>The follow-up change left from last time is saved: task “{0}”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>任务“{0}”的督办修改尚未存入资料库,已留在本机,稍后自动重试:{1}</source>
        <translation>The follow-up change of task “{0}” is not in the library yet; it is kept on this computer and will be tried again: {1}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>恢复督办修改</source>
        <translation>Restore Follow-up Changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上次关闭前有 {0} 项督办修改尚未存入团队资料库(任务 {1}{2},最早 {3})。现在重新保存吗?</source>
        <translation>When the program last closed, {0} follow-up change(s) had not reached the team library (task {1}{2}, the first at {3}). Save them now?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> 等</source>
        <translation> and others</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>任务“{0}”的督办修改未保存:{1}</source>
        <translation>The follow-up change of task “{0}” was not saved: {1}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="+41"/>
        <source>出错了</source>
        <translation>Something Went Wrong</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>操作没有完成:出现了一个意外错误。文章库中已保存的内容不受影响。</source>
        <translation>The action did not complete: an unexpected error occurred. What is saved in the library is not affected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(未写入日志)</source>
        <translation>(no log written)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>错误报告也已写入日志:{0}
请把下面的报告复制给维护人员。</source>
        <translation>The error report was also written to the log: {0}
Please copy the report below and send it to whoever maintains the app.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>复制报告</source>
        <translation>Copy report</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <location filename="../../desktop_app/ui/reasons.py" line="+28"/>
        <source>职务在前 + 姓名</source>
        <translation>post, then name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名 + 职务</source>
        <translation>name, then post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外国译名 + 元首职务</source>
        <translation>transliterated name, then head-of-state post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名 + 前任元首职务</source>
        <translation>name + former head of state&apos;s post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民族姓名 + 职务</source>
        <translation>ethnic name + post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职务 + 顿号名单</source>
        <translation>post before a list of names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>顿号名单 + 职务（名单中每人）</source>
        <translation>list of names + post (each name in the list)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>领导称谓 + 名单</source>
        <translation>leadership designation before names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>某某等几名 + 职务</source>
        <translation>name + “and N” + post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职务（括注）+ 姓名</source>
        <translation>post + (note) + name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职务、单位身份 + 姓名</source>
        <translation>post, then what the person is elsewhere + name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职务 + 的 + 身份 + 姓名</source>
        <translation>post + “of” + what the person is + name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名 + 中共…职务</source>
        <translation>name, then CPC posts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多个职务连写</source>
        <translation>several posts in a row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逗号隔开的同一人职务（讣告、履历）</source>
        <translation>one person&apos;s posts separated by commas (obituary, career)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名单中职务承前一人的机关（人大、政协）</source>
        <translation>a post in a list takes the organ of the person before (people&apos;s congress, CPPCC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>致电祝贺就任的职务</source>
        <translation>the post named in a message of congratulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任命…为…、免去…职务中的职务</source>
        <translation>post named in an appointment (&quot;appoint … as …&quot;) or a removal (&quot;relieve … of the post of …&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>句首姓名 + 担任/出任 + 职务</source>
        <translation>name opening the sentence + &quot;takes up the post of&quot; + post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“他历任……等职”中的职务</source>
        <translation>a post of a career line (“he served as … and other posts”)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名单中承前一人机关的总工程师等职务</source>
        <translation>a chief engineer (economist…) listed after a colleague of the same organ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文中已识别的姓名 + 职务</source>
        <translation>a name found elsewhere in the article + post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>见于标题</source>
        <translation>named in the headline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>后文单提姓名</source>
        <translation>later mentions by name alone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外国人名的一部分 + 职务</source>
        <translation>part of a foreign name + post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>长名字的末段 + 职务（同一人）</source>
        <translation>end of a long name + post (the same person)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>越南人名的末字 + 职务（同一人）</source>
        <translation>last syllable of a Vietnamese name + post (same person)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文中别处写全的姓名（末字不属于后面的词）</source>
        <translation>the full name as the article writes it elsewhere (its last character begins no word there)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名单中两名之间的姓名</source>
        <translation>a name between two names of a list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>署名 + 文末作者简介中的职务</source>
        <translation>byline + post in the author note at the end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拉丁字母姓名</source>
        <translation>Latin-letter name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>音译名 + 几世</source>
        <translation>transliterated name + regnal number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同名在文中另有单独出现</source>
        <translation>the same name stands alone elsewhere in the text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>带间隔号的姓名</source>
        <translation>name with a middle dot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日本姓氏</source>
        <translation>Japanese family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>长音译名</source>
        <translation>long transliterated name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓 + 名</source>
        <translation>surname + given name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓 + 名（名以常用字开头）</source>
        <translation>surname + given name (starting with a common character)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓 + 空格 + 名</source>
        <translation>surname, space, given name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>四字姓名</source>
        <translation>four-character name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>音译名</source>
        <translation>transliterated name</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>三字姓名</source>
        <translation>three-character name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>国名 + 职务 + 音译名</source>
        <translation>country + post + transliterated name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓 + 以数字开头的名</source>
        <translation>surname + given name starting with a numeral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民族姓名（藏、蒙、彝等名字）</source>
        <translation>ethnic name (Tibetan, Mongolian, Yi… name parts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓 + 常用词作名</source>
        <translation>surname + a given name that is an ordinary word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>和、第五等常用词作姓 + 名</source>
        <translation>surname that is also a word (he, diwu) + given name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国名 + 职务 + 两字音译名</source>
        <translation>country + post + two-character transliterated name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国名 + 职务 + 三字外国姓名</source>
        <translation>country + post + three-character foreign name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国名 + 职务 + 长音译名（蒙古、泰国、柬埔寨等名字）</source>
        <translation>country + post + long transliterated name (Mongolian, Thai, Cambodian names)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小 + 音译名（小马科斯）</source>
        <translation>&quot;Xiao&quot; (junior) + transliterated name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缅甸职务 + 吴、杜 + 缅甸名字</source>
        <translation>Myanmar post + U/Daw + Burmese name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>作为 + 职务，+ 姓名 + 说</source>
        <translation>&quot;as&quot; + post, + name + says</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓 + 含“千”“名”的名</source>
        <translation>surname + given name with &quot;qian&quot; or &quot;ming&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓 + 名（末字为“年”“行”“同”）</source>
        <translation>surname + given name ending in nian, xing or tong (characters that usually stop a name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职务 + 三字少数民族名字（音译字为主）</source>
        <translation>post + three-character minority name (mostly transliteration syllables)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>序号“第一”</source>
        <translation>ordinal “first”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>序号“（一）”</source>
        <translation>ordinal “(1)”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>序号“1.”</source>
        <translation>ordinal “1.”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首先、其次</source>
        <translation>first / next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一是、二是</source>
        <translation>first is / second is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一要、二要</source>
        <translation>first must / second must</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要、必须、应当、不得、不要</source>
        <translation>must / shall / must not / do not</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要求 + 内容</source>
        <translation>demands + what</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部署或冒号后的分项</source>
        <translation>item after a colon or a work plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一抓、二抓</source>
        <translation>first grasp / second grasp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>强调后的祈使句</source>
        <translation>imperative after “stressed”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>坚决…</source>
        <translation>“firmly…”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指示后紧接的祈使句</source>
        <translation>imperative right after a directive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标题下的子任务</source>
        <translation>sub-task under a heading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>讲话人在前点名</source>
        <translation>speaker named before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>讲话人为“他/她”</source>
        <translation>speaker is “he/she”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议</source>
        <translation>the meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>讲话人为句首主语</source>
        <translation>speaker is the sentence&apos;s subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同一列表</source>
        <translation>same list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>随所属标题</source>
        <translation>same as its heading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>讲话人提出的几点要求</source>
        <translation>points the speaker set out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上一句的讲话人</source>
        <translation>speaker of the sentence before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引语后署名</source>
        <translation>quote, then its speaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答问</source>
        <translation>answer to a question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>段落</source>
        <translation>paragraph</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>官员 · 依据：{0}</source>
        <translation>Official · because: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>依据：手工标注</source>
        <translation>Because: marked by hand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>任务 · 依据：{0}</source>
        <translation>Task · because: {0}</translation>
    </message>
</context>
<context>
    <name>ExportMessages</name>
    <message>
        <location filename="../../desktop_app/ui/export_job.py" line="+60"/>
        <source>导出已取消。</source>
        <translation>Export cancelled. </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已写入的 1 个文件保留。</source>
        <translation>The 1 file already written is kept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已写入的 {0} 个文件保留。</source>
        <translation>The {0} files already written are kept.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>没有写入文件。</source>
        <translation>No file was written.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>导出完成:写入 1 个文件。</source>
        <translation>Export finished: 1 file written.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出完成:写入 {0} 个文件。</source>
        <translation>Export finished: {0} files written.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 篇文章未能导出。</source>
        <translation> 1 article could not be exported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 篇文章未能导出。</source>
        <translation> {0} articles could not be exported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已写入:</source>
        <translation>Written:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  …… 另 {0} 个文件</source>
        <translation>  … and {0} more files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未能导出:</source>
        <translation>Not exported:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  …… 另 {0} 篇</source>
        <translation>  … and {0} more articles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>字体提示:</source>
        <translation>Font notes:</translation>
    </message>
</context>
<context>
    <name>ExportPane</name>
    <message>
        <location filename="../../desktop_app/ui/export_pane.py" line="+76"/>
        <location line="+320"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-304"/>
        <location line="+111"/>
        <source>当前打开的文章</source>
        <translation>The open article</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>文章列表中选中的文章</source>
        <translation>The articles selected in the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前搜索结果中的全部文章</source>
        <translation>Every article the current search finds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>任务看板:全部任务</source>
        <translation>Task board: all tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任务看板中筛选出的任务</source>
        <translation>The tasks filtered on the task board</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word 文档 (.docx)</source>
        <translation>Word document (.docx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF 文档 (.pdf)</source>
        <translation>PDF document (.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任务分解表 — Excel (.xlsx)</source>
        <translation>Task breakdown table — Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>任务分解表 — Word 表格 (.docx)</source>
        <translation>Task breakdown table — Word table (.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任务分解表 — CSV (.csv)</source>
        <translation>Task breakdown table — CSV (.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网页 (.html)</source>
        <translation>Web page (.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON 数据 (.json)</source>
        <translation>JSON data (.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>纯文本 (.txt)</source>
        <translation>Plain text (.txt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>普通版式(带高亮和图例)</source>
        <translation>Plain layout (with highlights and legend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公文格式(GB/T 9704-2012)</source>
        <translation>Official document format (GB/T 9704-2012)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合为一个文件</source>
        <translation>All in one file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每篇文章一个文件(选择文件夹)</source>
        <translation>One file per article (choose a folder)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>可用字段:{date} 日期,{title} 标题,{source} 来源,{subtitle} 副标题,{id} 编号</source>
        <translation>Fields: {date} date, {title} title, {source} source, {subtitle} subtitle, {id} number</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导出范围:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>格式:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>版式:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存为:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件名模板:</source>
        <translation>File names:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>取消导出</source>
        <translation>Cancel Export</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>打开所在文件夹</source>
        <translation>Open Folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>文章列表中选中的文章(1 篇)</source>
        <translation>The article selected in the list (1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文章列表中选中的文章({0} 篇)</source>
        <translation>The articles selected in the list ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前搜索“{0}”的结果(1 篇)</source>
        <translation>The result of the search “{0}” (1 article)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前搜索“{0}”的结果({1} 篇)</source>
        <translation>The results of the search “{0}” ({1} articles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文章列表中的全部文章(1 篇)</source>
        <translation>Every article in the list (1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文章列表中的全部文章({0} 篇)</source>
        <translation>Every article in the list ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任务看板:全部任务(xlsx / csv / Word 表格)</source>
        <translation>Task board: all tasks (xlsx / csv / Word table)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>任务看板中筛选出的任务(请先打开“工具 → 任务督办”)</source>
        <translation>The tasks filtered on the task board (open Tools → Task Follow-up first)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>任务看板中筛选出的任务({0} 项,含督办信息)</source>
        <translation>The tasks filtered on the task board ({0}, with follow-up details)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>文件名示例:{0}</source>
        <translation>File name example: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件名示例:正在读取…</source>
        <translation>Example file names: reading…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>默认文件名:{0}</source>
        <translation>Default file name: {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>未能读取含任务的文章:{0}(重新选择这个范围即可重试)</source>
        <translation>Could not read the articles with tasks: {0} (choose this scope again to retry)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在读取含任务的文章…</source>
        <translation>Reading the articles with tasks…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>未能读取文件名:{0}</source>
        <translation>Could not read the file names: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>任务分解表</source>
        <translation>Task breakdown table</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>等{0}篇</source>
        <translation>and {0} more</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>这个范围里没有文章。</source>
        <translation>There are no articles in this selection.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>正在读取预览…</source>
        <translation>Reading the preview…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>无法预览:{0}</source>
        <translation>No preview: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>任务看板中筛选出的 {0} 项任务的前 {1} 行(含督办信息)</source>
        <translation>The first {1} rows of the {0} tasks filtered on the task board (with follow-up details)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>任务分解表的前 {0} 行(范围内共 {1} 篇文章)</source>
        <translation>The first {0} rows of the task breakdown table ({1} articles in all)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这些文章中没有识别出任务,任务分解表将只有表头。</source>
        <translation>No tasks were found in these articles; the task breakdown table will have only its header.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第一篇文章的开头(共 {0} 篇,导出时全部写入)</source>
        <translation>The start of the first article ({0} in all; the export writes all of them)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>;公文格式:A4,标题 2号{0},正文 3号{1},每页 22 行 × 28 字,不标出官员和任务</source>
        <translation>; official document layout: A4, title in 22 pt {0}, text in 16 pt {1}, 22 lines × 28 characters a page, officials and tasks not marked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(本机没有{0},以{1}代替)</source>
        <translation> ({0} is not installed here; {1} stands in)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>将写入的文件开头(第一篇文章;共 {0} 篇)</source>
        <translation>The start of the file to be written (first article; {0} in all)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>选择导出到的文件夹</source>
        <translation>Choose the Folder to Export to</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+25"/>
        <source>文件已存在</source>
        <translation>File Exists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件夹中已有 {0} 个同名文件:
{1}

替换这些文件吗?选“否”则跳过它们,只写其余文章。</source>
        <translation>The folder already has {0} files with these names:
{1}

Replace them? “No” skips them and writes only the other articles.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>导出为</source>
        <translation>Export As</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} (*{1})</source>
        <translation>{0} (*{1})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{0}”已经存在。要替换它吗?</source>
        <translation>“{0}” already exists. Replace it?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>没有导出:“{0}”已存在,未覆盖。</source>
        <translation>Not exported: “{0}” exists and was not overwritten.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>没有导出:未能读取文章的文件名:{0}</source>
        <translation>Nothing exported: could not read the articles&apos; file names: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正在读取文章的文件名…</source>
        <translation>Reading the articles&apos; file names…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>正在导出… %v / %m</source>
        <translation>Exporting… %v / %m</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>正在导出 {0} 篇文章…</source>
        <translation>Exporting {0} articles…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>导出失败:{0}</source>
        <translation>Export failed: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有导出。</source>
        <translation>Nothing was exported.</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <location filename="../../desktop_app/ui/export_preview.py" line="+21"/>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>HighlightCorrections</name>
    <message>
        <location filename="../../desktop_app/ui/highlight_corrections.py" line="+23"/>
        <source>标记官员 {0}</source>
        <translation>Mark official {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全文标记官员 {0}</source>
        <translation>Mark official {0} throughout the text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>修改 {0} 的职务</source>
        <translation>Change {0}&apos;s posts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>标记任务</source>
        <translation>Mark task</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <source>移除高亮</source>
        <translation>Remove highlight</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+88"/>
        <source>修改任务</source>
        <translation>Change task</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>合并官员 {0} → {1}</source>
        <translation>Merge officials {0} → {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已把 {0} 合并为 {1};保存 (Ctrl+S) 后生效,可撤销。</source>
        <translation>Merged {0} into {1}; save (Ctrl+S) to keep it. Can be undone.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>标记为官员…</source>
        <translation>Mark as Official…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标记为任务…</source>
        <translation>Mark as Task…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>修改 {0} 的职务…</source>
        <translation>Change {0}&apos;s Posts…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全文标记“{0}”</source>
        <translation>Mark “{0}” Throughout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>与其他官员合并为同一人…</source>
        <translation>Merge with Other Officials as One Person…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>修改任务的讲话人和层级…</source>
        <translation>Change the Task&apos;s Speaker and Level…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>修改职务</source>
        <translation>Change Posts</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/import_report.py" line="+39"/>
        <source>导入报告</source>
        <translation>Import Report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>导入 {0} 篇,重复 {1} 篇,失败 {2} 篇。</source>
        <translation>Imported {0}, duplicates {1}, failed {2}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另有 {0} 篇与库中文章标题、日期相同但内容有变化。</source>
        <translation> {0} more have the title and date of a stored article but changed content.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>跳过 {0} 个不能导入的文件或文件夹。</source>
        <translation> Passed over {0} file(s) or folder(s) that cannot be imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导入已取消。</source>
        <translation>Import cancelled. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 个文件未处理。</source>
        <translation> {0} file(s) were not reached.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>以下文件未导入:</source>
        <translation>These files were not imported:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>已在库中:《{0}》</source>
        <translation>Already in the library: “{0}”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已在库中,未重复导入</source>
        <translation>Already in the library; not imported again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>与库中文章标题、日期相同但内容不同,未导入</source>
        <translation>Same title and date as a stored article but different text; not imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入已取消,未处理</source>
        <translation>Import cancelled before this file</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在阅读区打开库中的这篇文章</source>
        <translation>Open the stored article in the reader</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>…还有 {0} 个</source>
        <translation>…and {0} more</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>重试失败的文件</source>
        <translation>Retry Failed Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入未处理的 {0} 个文件</source>
        <translation>Import the {0} Files Not Reached</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>用新内容更新</source>
        <translation>Update with New Content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LibrariesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/library_menu.py" line="+115"/>
        <location line="+40"/>
        <source>打开资料库</source>
        <translation>Open Library</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>每个资料库是一个独立的文件,有自己的文章、筛选条件、保存的搜索和上次阅读的文章。</source>
        <translation>Each library is a file of its own, with its own articles, filters, saved searches and last-read article.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>修改于 {0}</source>
        <translation>changed {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(当前)</source>
        <translation> (open)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>浏览其他文件…</source>
        <translation>Browse for Another File…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建资料库…</source>
        <translation>New Library…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>政文阅览资料库 (*.db);;所有文件 (*)</source>
        <translation>Zhengwen Reader libraries (*.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>LibraryMenu</name>
    <message>
        <location line="-108"/>
        <source>最近打开(&amp;R)</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>默认资料库</source>
        <translation>Default library</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(没有)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>新资料库</source>
        <translation>New library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建资料库</source>
        <translation>New Library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政文阅览资料库 (*.db)</source>
        <translation>Zhengwen Reader libraries (*.db)</translation>
    </message>
</context>
<context>
    <name>LibrarySearches</name>
    <message>
        <location filename="../../desktop_app/ui/library_searches.py" line="+72"/>
        <source>未能读取已保存的搜索:{0}</source>
        <translation>Could not read the saved searches: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>未能保存搜索“{0}”:{1}</source>
        <translation>The search “{0}” was not saved: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>未能删除搜索“{0}”:{1}</source>
        <translation>The search “{0}” was not deleted: {1}</translation>
    </message>
</context>
<context>
    <name>LibrarySession</name>
    <message>
        <location filename="../../desktop_app/ui/library_session.py" line="+91"/>
        <location line="+28"/>
        <source>打开资料库</source>
        <translation>Open Library</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}”不是政文阅览的资料库文件,未打开。</source>
        <translation>“{0}” is not a Zhengwen Reader library file; it was not opened.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+36"/>
        <source>无法打开资料库:{0}
{1}</source>
        <translation>Cannot open the library: {0}
{1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="+79"/>
        <location line="+467"/>
        <source>政文阅览</source>
        <translation>Zhengwen Reader</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>阅读</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>未能读取:{0}</source>
        <translation>Could not read: {0}</translation>
    </message>
    <message>
        <location line="-84"/>
        <location filename="../../desktop_app/app.py" line="+189"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>正在读取文章列表…</source>
        <translation>Reading the article list…</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>未能打开所选文章,阅读区仍是上一篇:{0}</source>
        <translation>Could not open the chosen article; the reader still shows the previous one: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未能打开所选文章:{0}</source>
        <translation>Could not open the chosen article: {0}</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>文章的标注已读取,请再次右击以修改高亮。</source>
        <translation>The article&apos;s highlights have been read: right-click again to correct them.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>未能读取文章列表,列表仍是之前的内容:{0}</source>
        <translation>Could not read the article list; it still shows what it showed before: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未能读取文章列表:{0}</source>
        <translation>Could not read the article list: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未能读取文章列表:{0}

按 F5 重试。</source>
        <translation>Could not read the article list: {0}

Press F5 to try again.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>督办</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>本窗口只读:另一个窗口正在修改这个文章库</source>
        <translation>This window is read-only: another window is changing this library</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>它有未保存的修改</source>
        <translation>it has unsaved changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>它有尚未存入资料库的督办修改</source>
        <translation>it has follow-up changes not yet in the library</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>它正在导入文章</source>
        <translation>it is importing articles</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>督办修改尚未保存</source>
        <translation>Follow-up Changes Not Saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有 {0} 项督办修改还没有存入团队资料库,已留在本机。现在关闭,下次打开时会提示重新保存。仍要关闭吗?</source>
        <translation>{0} follow-up change(s) are not in the team library yet; they are kept on this computer. If you close now, you will be asked to save them at the next start. Close anyway?</translation>
    </message>
    <message>
        <location line="-672"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>文章库中还没有文章。

请通过“文件 → 导入文件”(Ctrl+I)或“导入文件夹”添加文章。</source>
        <translation>There are no articles in the store yet.

Add some with “File → Import Files” (Ctrl+I) or “Import Folder”.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/merge_dialog.py" line="+15"/>
        <source>合并为同一人</source>
        <translation>Merge as One Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>勾选指同一个人的官员(如“王晓”和“王晓同志”),合并后在本文中显示为一人;重新识别后仍然有效,可撤销。</source>
        <translation>Tick the officials who are the same person (such as “Wang Xiao” and “Comrade Wang Xiao”); once merged they are shown as one person in this article. The merge survives recognising again and can be undone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}({1} 处)</source>
        <translation>{0} ({1} mentions)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>保留的姓名:</source>
        <translation>Name to keep:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="+25"/>
        <source>zh_CN</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>OfficialDialog</name>
    <message>
        <location filename="../../desktop_app/ui/highlight_dialogs.py" line="+14"/>
        <source>标记为官员</source>
        <translation>Mark as Official</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>多个职务用“、”分隔</source>
        <translation>Separate several posts with commas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职务:</source>
        <translation>Posts:</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../desktop_app/ui/paste_dialog.py" line="+47"/>
        <source>从剪贴板新建文章</source>
        <translation>New Article from Clipboard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已从剪贴板识别出以下内容,请核对后保存。</source>
        <translation>This is what was read from the clipboard. Please check it, then save.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>剪贴板中没有文字。可以直接在下面输入或粘贴文章。</source>
        <translation>The clipboard holds no text. You can type or paste the article below.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>年-月-日,例如 2019-03-01;可留空</source>
        <translation>year-month-day, e.g. 2019-03-01; may be empty</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>标题(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>副标题</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来源(&amp;S)</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正文(&amp;B)</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>保存到文章库</source>
        <translation>Save to Library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>正文为空,无法保存。</source>
        <translation>The body is empty; nothing to save.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写标题。</source>
        <translation>Please enter a title.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>日期“{0}”不存在,请改正或留空。</source>
        <translation>The date &quot;{0}&quot; does not exist; please correct it or leave it empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>日期应为“年-月-日”,例如 2019-03-01;也可以留空。</source>
        <translation>The date should be year-month-day, e.g. 2019-03-01, or empty.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>文章库中已有正文相同的文章,未重复保存。</source>
        <translation>An article with the same body is already in the library; it was not saved again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>保存失败:{0}</source>
        <translation>Saving failed: {0}</translation>
    </message>
</context>
<context>
    <name>PeopleIndex</name>
    <message>
        <location filename="../../desktop_app/ui/people_index.py" line="+113"/>
        <source>人物索引</source>
        <translation>People Index</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>按姓名或职务筛选</source>
        <translation>Filter by name or post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <location line="+1"/>
        <source>职务</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <location line="+2"/>
        <source>文章</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最近出现</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>出现日期</source>
        <translation>Dates seen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>提及</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单击打开文章</source>
        <translation>Click to open the article</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+98"/>
        <source>交办的任务</source>
        <translation>Tasks given</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>单击在文章中定位到这项任务</source>
        <translation>Click to find this task in the article</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>担任过的职务</source>
        <translation>Posts held</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+74"/>
        <location line="+1"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-68"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>读取失败:{0}</source>
        <translation>Reading failed: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>共 {0} 人</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示 {0} 人 / 共 {1} 人</source>
        <translation>{0} shown / {1} people</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(未选择人物)</source>
        <translation>(no one selected)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>交办的任务({0} 项,列出最近 {1} 项)</source>
        <translation>Tasks given ({0}, the latest {1} listed)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>提及的文章</source>
        <translation>Articles mentioning them</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <location line="+5"/>
        <source>无日期</source>
        <translation>No date</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{0} … {1}(共 {2} 个日期)</source>
        <translation>{0} … {1} ({2} dates in all)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>提及的文章({0} 篇)</source>
        <translation>Articles mentioning them ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提及的文章({0} 篇,列出最近 {1} 篇)</source>
        <translation>Articles mentioning them ({0}, the latest {1} listed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>交办的任务({0} 项)</source>
        <translation>Tasks given ({0})</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../desktop_app/ui/instance_guard.py" line="+204"/>
        <source>另一个窗口正在使用此文章库,本窗口只读</source>
        <translation>Another window is using this library; this window is read-only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>为免两个窗口的修改互相覆盖,同一时间只有一个窗口可以修改。另一个窗口关闭后,本窗口会自动转为可修改。</source>
        <translation>Only one window at a time may change a library, so that the two cannot overwrite each other&apos;s changes. When the other window closes, this one can change it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>接管修改</source>
        <translation>Take over</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请另一个窗口交出修改权(它没有未保存的修改时即转为只读),本窗口转为可修改</source>
        <translation>Ask the other window to hand over (it turns read-only if it has no unsaved changes); this window can then change the library</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <location filename="../../desktop_app/ui/window_chrome.py" line="+45"/>
        <source>只读提示</source>
        <translation>Read-only notice</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../desktop_app/ui/reader_pane.py" line="+91"/>
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
        <location line="+101"/>
        <source>任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>显示或隐藏任务的高亮</source>
        <translation>Show or hide the highlighting of tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索词</source>
        <translation>Search words</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>显示或隐藏搜索词的高亮(F3 / Shift+F3 跳到下一处 / 上一处)</source>
        <translation>Show or hide the highlighting of the search words (F3 / Shift+F3 go to the next / previous)</translation>
    </message>
    <message>
        <location line="+75"/>
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
        <location line="+21"/>
        <source>子任务</source>
        <translation>Subtask</translation>
    </message>
</context>
<context>
    <name>RestoreProgress</name>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="-217"/>
        <source>恢复备份</source>
        <translation>Restore Backup</translation>
    </message>
</context>
<context>
    <name>RevisionWords</name>
    <message>
        <location filename="../../desktop_app/ui/revision_words.py" line="+44"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>副标题</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>浏览量</source>
        <translation>Views</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>高亮修正</source>
        <translation>Highlight corrections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新识别</source>
        <translation>Found again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>本机</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0}:填为{1}</source>
        <translation>{0}: set to {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>{0}:删去{1}</source>
        <translation>{0}: deleted {1}</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+16"/>
        <source>{0}:{1}改为{2}</source>
        <translation>{0}: {1} changed to {2}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>高亮修正有改动</source>
        <translation>Highlight corrections changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重新识别了官员和任务(人工修正保留)</source>
        <translation>Officials and tasks found again (manual corrections kept)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}:已修改</source>
        <translation>{0}: changed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>正文第{0}段</source>
        <translation>Text, paragraph {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}:加入{1}</source>
        <translation>{0}: inserted {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>加上{0}</source>
        <translation>added {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>去掉{0}</source>
        <translation>removed {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标签:{0}</source>
        <translation>Tags: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>,</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>顺序调整</source>
        <translation>reordered</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0}的职务改为 {1}</source>
        <translation>{0}&apos;s post changed to {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}的职务改为 (无)</source>
        <translation>{0}&apos;s post changed to (none)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}的职务恢复为自动识别的</source>
        <translation>{0}&apos;s post back to the one found automatically</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}标为官员 {1}</source>
        <translation>{0} marked as the official {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}不再标为官员 {1}</source>
        <translation>{0} no longer marked as the official {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>官员</source>
        <translation>official</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>任务</source>
        <translation>task</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}去掉{1}高亮</source>
        <translation>{0}: {1} highlight removed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}恢复{1}高亮</source>
        <translation>{0}: {1} highlight restored</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}标为任务</source>
        <translation>{0} marked as a task</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}不再标为任务</source>
        <translation>{0} no longer marked as a task</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>任务{0}的讲话人改为 {1}</source>
        <translation>Task {0}: speaker changed to {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>任务{0}改为{1}</source>
        <translation>Task {0} changed to {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>子任务</source>
        <translation>a subtask</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>一级任务</source>
        <translation>a top-level task</translation>
    </message>
</context>
<context>
    <name>RevisionsTab</name>
    <message>
        <location filename="../../desktop_app/ui/revisions_tab.py" line="+29"/>
        <source>本次编辑(可撤销的步骤):</source>
        <translation>This editing session (steps you can undo):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;打开时的状态&gt;</source>
        <translation>&lt;as opened&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已保存的修订:</source>
        <translation>Saved revisions:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>恢复到此修订之前</source>
        <translation>Restore to before this revision</translation>
    </message>
</context>
<context>
    <name>SavedSearchesButton</name>
    <message>
        <location filename="../../desktop_app/ui/saved_searches.py" line="+28"/>
        <source>★</source>
        <translation>★</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已保存的搜索:保存当前的搜索词和筛选条件,或再次打开</source>
        <translation>Saved searches: save the current search words and filters, or open them again</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>保存当前搜索(&amp;S)…</source>
        <translation>&amp;Save Current Search…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>官员:</source>
        <translation>Official:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>保存搜索</source>
        <translation>Save Search</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>请先输入搜索词或设置筛选条件。</source>
        <translation>Type search words or set filters first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>名称:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>SavedSearchesList</name>
    <message>
        <location line="+30"/>
        <source>已保存的搜索:单击即按它搜索</source>
        <translation>Saved searches: click one to search with it</translation>
    </message>
</context>
<context>
    <name>SearchFiltersBar</name>
    <message>
        <location filename="../../desktop_app/ui/search_filters.py" line="+48"/>
        <source>只看这一天及以后发布的文章</source>
        <translation>Only articles published on or after this day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只看这一天及以前发布的文章</source>
        <translation>Only articles published on or before this day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只看这个来源的文章</source>
        <translation>Only articles from this source</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+125"/>
        <source>全部来源</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>清除来源筛选</source>
        <translation>Clear the source filter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>官员姓名</source>
        <translation>Official&apos;s name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只看这位官员被识别出的文章</source>
        <translation>Only articles in which this official was recognised</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+34"/>
        <location line="+112"/>
        <source>标签</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>只看加了这个标签的文章(在编辑窗格中加标签)</source>
        <translation>Only articles with this tag (add tags in the editing pane)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+143"/>
        <source>有未完成任务</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>只看还有任务未标为“已完成”的文章</source>
        <translation>Only articles with a task not yet marked “Done”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>清除全部</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>清除全部筛选条件(搜索词保留)</source>
        <translation>Clear every filter (the search words stay)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+107"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>已筛选:{0}</source>
        <translation>Filtered: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+109"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+111"/>
        <source>官员</source>
        <translation>Official</translation>
    </message>
</context>
<context>
    <name>ServerLibrary</name>
    <message>
        <location filename="../../desktop_app/ui/server_library.py" line="+30"/>
        <source>团队资料库密码</source>
        <translation>Team Library Password</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="+119"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+4"/>
        <source>备份</source>
        <translation>Backups</translation>
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
    <name>StatsView</name>
    <message>
        <location filename="../../desktop_app/ui/stats_view.py" line="+49"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出 PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把三张统计图保存为一张 PNG 图片</source>
        <translation>Save the three charts as one PNG image</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+50"/>
        <source>每月文章数</source>
        <translation>Articles per month</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>被提及最多的官员(前 {0} 位,按文章数)</source>
        <translation>Most-mentioned officials (top {0}, by articles)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>任务督办状态</source>
        <translation>Tasks by status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>暂无数据</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>未启动</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>推进中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延期</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>统计失败:{0}</source>
        <translation>Statistics failed: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>每年文章数</source>
        <translation>Articles per year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无日期</source>
        <translation>No date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>共 {0} 篇文章 · {1} 位官员 · {2} 项任务</source>
        <translation>{0} articles · {1} officials · {2} tasks</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>统计-{0}.png</source>
        <translation>statistics-{0}.png</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>导出统计图</source>
        <translation>Export Charts</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>无法写入文件:{0}</source>
        <translation>Cannot write the file: {0}</translation>
    </message>
</context>
<context>
    <name>StatusIndicators</name>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="+56"/>
        <source>搜索“{0}”</source>
        <translation>Search “{0}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} 至 {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 起</source>
        <translation>from {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>截至 {0}</source>
        <translation>until {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来源:{0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>官员:{0}</source>
        <translation>Official: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>有未完成任务</source>
        <translation>Has open tasks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>标签:{0}</source>
        <translation>Tag: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>筛选:{0}</source>
        <translation>Filter: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>后台任务 {0} 项</source>
        <translation>{0} background jobs</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>正在后台处理…</source>
        <translation>Working in the background…</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <location filename="../../desktop_app/ui/check_store.py" line="+61"/>
        <source>检查完成:文章库完好。
共 {0} 篇文章,文件大小 {1}。</source>
        <translation>Check finished: the library is sound.
{0} articles, file size {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>检查发现 {0} 个问题:</source>
        <translation>The check found {0} problems:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>建议:在“工具 → 备份与恢复”中恢复最近一份完好的备份。</source>
        <translation>Suggestion: restore the latest sound backup in &quot;Tools → Backups and Restore&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>建议:运行“工具 → 重建搜索索引”,文章本身不受影响。</source>
        <translation>Suggestion: run &quot;Tools → Rebuild Search Index&quot;; the articles themselves are not affected.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>无法检查文章库:文件无法打开或已严重损坏({0})。
建议:在“工具 → 备份与恢复”中恢复一份备份。</source>
        <translation>Cannot check the library: the file cannot be opened or is badly damaged ({0}).
Suggestion: restore a backup in &quot;Tools → Backups and Restore&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>检查文章库</source>
        <translation>Check Library</translation>
    </message>
</context>
<context>
    <name>StoreJobs</name>
    <message>
        <location filename="../../desktop_app/ui/store_jobs.py" line="+103"/>
        <source>导入文章文件</source>
        <translation>Import Article Files</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导入文件夹中的文章</source>
        <translation>Import the Articles in a Folder</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+20"/>
        <source>正在更新文章…</source>
        <translation>Updating articles…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>更新文章</source>
        <translation>Update Articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已更新 {0} 篇,失败 {1} 篇。</source>
        <translation>{0} updated, {1} failed.</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <message>
        <location line="-94"/>
        <source>文章 (*.txt *.md *.text *.html *.htm *.shtml *.docx);;所有文件 (*)</source>
        <translation>Articles (*.txt *.md *.text *.html *.htm *.shtml *.docx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>TaskBoard</name>
    <message>
        <location filename="../../desktop_app/ui/task_board.py" line="+514"/>
        <source>任务督办</source>
        <translation>Task Follow-up</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>正在筛选…</source>
        <translation>Filtering…</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>督办中的任务</source>
        <translation>Tracked tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部任务</source>
        <translation>All tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>督办中的任务:单独纳入、整篇文章纳入或按来源/标签规则纳入的任务;全部任务:文章中识别出的每一项任务(勾选“督办”列即纳入)</source>
        <translation>Tracked tasks: tasks chosen one by one, with their whole article, or by a source or tag rule; All tasks: every task found in the articles (tick the Tracked column to track one)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>督办规则…</source>
        <translation>Tracking Rules…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来自某个来源或带某个标签的文章,其全部任务自动纳入督办</source>
        <translation>Every task of articles from a source or with a tag is tracked automatically</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>责任/配合单位</source>
        <translation>Lead / supporting unit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>只看完成时限不晚于这一天的任务</source>
        <translation>Only tasks whose deadline is on or before this day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>任务或文章标题中的文字</source>
        <translation>Text in the task or the article title</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>导出筛选结果…</source>
        <translation>Export Filtered Tasks…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把看板当前显示的任务(含督办信息)导出为任务分解表</source>
        <translation>Export the tasks the board shows (with follow-up details) as a task breakdown table</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>操作失败:{0}</source>
        <translation>The operation failed: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>状态:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>讲话人:</source>
        <translation>Speaker:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>范围:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时限不晚于:</source>
        <translation>Deadline by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查找:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>双击任务或文章跳到原文;双击责任领导、单位、时限、状态、进展、备注可直接修改。</source>
        <translation>Double-click a task or article to go to the text; double-click the leader, units, deadline, status, progress or notes to change them.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>正在读取任务…</source>
        <translation>Reading the tasks…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>读取失败:{0}</source>
        <translation>Reading failed: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{0} / {1} 项任务</source>
        <translation>{0} / {1} tasks</translation>
    </message>
</context>
<context>
    <name>TaskBoardModel</name>
    <message>
        <location line="-656"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文章</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>讲话人</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>任务(原文表述)</source>
        <translation>Task (as worded)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>责任领导</source>
        <translation>Responsible leader</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>责任单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>配合单位</source>
        <translation>Supporting units</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>督办</source>
        <translation>Tracked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未启动</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>推进中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延期</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>单独纳入督办</source>
        <translation>Tracked on its own</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>整篇文章纳入督办</source>
        <translation>Tracked with its whole article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按来源规则纳入督办</source>
        <translation>Tracked by a source rule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>按标签规则纳入督办</source>
        <translation>Tracked by a tag rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未纳入督办(勾选即纳入)</source>
        <translation>Not tracked (tick to track it)</translation>
    </message>
    <message>
        <location line="+146"/>
        <source> · 逾期</source>
        <translation> · overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · 本周到期</source>
        <translation> · due this week</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(原文已删改)</source>
        <translation>(text changed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(待复核)</source>
        <translation>(to review)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>正文编辑触及这项任务,请在原文中核对。</source>
        <translation>An edit of the text touched this task; check it against the text.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已超过完成时限</source>
        <translation>Past the deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>7 天内到期</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>团队资料库已恢复连接,任务“{0}”的督办修改已保存。</source>
        <translation>The team library is back: the follow-up change of task “{0}” has been saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>任务“{0}”的督办修改尚未存入资料库,已留在本机,稍后自动重试:{1}</source>
        <translation>The follow-up change of task “{0}” is not in the library yet; it is kept on this computer and will be tried again: {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>任务“{0}”的督办修改未保存:{1}</source>
        <translation>The follow-up change of task “{0}” was not saved: {1}</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../desktop_app/ui/highlight_dialogs.py" line="+15"/>
        <source>标记为任务</source>
        <translation>Mark as Task</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>讲话人:</source>
        <translation>Speaker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>层级(1 为任务,2 为子任务):</source>
        <translation>Level (1 task, 2 subtask):</translation>
    </message>
</context>
<context>
    <name>TrackingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/tracking_dialog.py" line="+24"/>
        <source>督办详情</source>
        <translation>Follow-up Details</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>任务:</source>
        <translation>Task:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>牵头(主办)单位</source>
        <translation>Lead (main) unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>多个单位用“、”分隔</source>
        <translation>Separate several units with commas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文章库中的官员,如 王晓</source>
        <translation>An official in the library, e.g. Wang Xiao</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是日期:保存时记入“备注”,完成时限留空</source>
        <translation>Not a date: saved in “Remarks”, the deadline left empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>如 2019-06-30、2019年6月30日;无则留空</source>
        <translation>e.g. 2019-06-30 or 30 June 2019; empty if none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未启动</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>推进中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>延期</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>每行一条,如:2019-04-01 已召开推进会(不写日期则记为今天)</source>
        <translation>One entry per line, e.g. 2019-04-01 progress meeting held (without a date, today)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>责任单位:</source>
        <translation>Lead unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>配合单位:</source>
        <translation>Supporting units:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>责任领导:</source>
        <translation>Responsible leader:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成时限:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>进展情况:</source>
        <translation>Progress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>TrackingFeed</name>
    <message>
        <location filename="../../desktop_app/ui/server_library.py" line="+57"/>
        <source>实时更新已暂停:与团队资料库的连接中断,正在自动重连…</source>
        <translation>Live updates paused: the connection to the team library is broken; reconnecting by itself…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>实时更新已恢复:已重新读取中断期间的督办修改。</source>
        <translation>Live updates resumed: follow-up changes made during the break have been read again.</translation>
    </message>
</context>
<context>
    <name>TrackingHistoryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/tracking_history.py" line="+29"/>
        <source>督办修改记录</source>
        <translation>Follow-up change log</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>只看当前文章</source>
        <translation>Only the open article</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改人(数据库用户)</source>
        <translation>Changed by (database user)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文章</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>改了什么</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未能读取:{0}</source>
        <translation>Could not read: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>这个资料库是本机文件,不记录督办修改的历史;团队资料库(服务器)记录谁在何时改了什么。</source>
        <translation>This library is a file on this computer and keeps no history of follow-up changes; a team library (server) records who changed what and when.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>还没有督办修改。</source>
        <translation>No follow-up changes yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最新的 {0} 条修改,新的在上;修改人是登录团队资料库的数据库用户。</source>
        <translation>The newest {0} changes, newest first; &quot;changed by&quot; is the database user logged in to the team library.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(已删除的文章)</source>
        <translation>(deleted article)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>责任单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>配合单位</source>
        <translation>Assisting units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>责任领导</source>
        <translation>Responsible leader</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未启动</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>推进中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延期</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>纳入督办</source>
        <translation>Put under follow-up</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>删除了这项任务的督办记录</source>
        <translation>Deleted this task&apos;s follow-up record</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>移出督办</source>
        <translation>Taken off follow-up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>状态:{0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态:{0} → {1}</source>
        <translation>Status: {0} → {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}:填为{1}</source>
        <translation>{0}: set to {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}:删去{1}</source>
        <translation>{0}: removed {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}:{1}改为{2}</source>
        <translation>{0}: {1} changed to {2}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>进展:添加 {0} {1}</source>
        <translation>Progress: added {0} {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>进展:删去 {0} {1}</source>
        <translation>Progress: removed {0} {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>进展情况:已修改</source>
        <translation>Progress: changed</translation>
    </message>
</context>
<context>
    <name>TrackingRulesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/tracking_rules_dialog.py" line="+36"/>
        <source>督办规则</source>
        <translation>Tracking Rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>符合规则的文章,其全部任务(包括以后识别出的)自动纳入督办;在看板上单独移出的任务不受规则影响。删除规则不会删除已填写的督办信息。</source>
        <translation>Every task of an article a rule covers (including tasks found later) is tracked; a task taken off the board on its own stays off. Removing a rule does not delete any follow-up details already filled in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来源或标签</source>
        <translation>Source or tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>涉及文章</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>还没有规则。下面选择来源或标签后点“添加规则”。</source>
        <translation>No rules yet. Choose a source or a tag below, then click “Add Rule”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>来源为</source>
        <translation>from the source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>带标签</source>
        <translation>with the tag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>选择或输入</source>
        <translation>choose or type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加规则</source>
        <translation>Add Rule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>删除所选规则</source>
        <translation>Remove Selected Rules</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>文章</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>新规则:</source>
        <translation>New rule:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>本窗口只读:可以查看规则,不能修改。</source>
        <translation>This window is read-only: the rules can be seen, not changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标签</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} 篇</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>已添加规则:{0}“{1}”</source>
        <translation>Rule added: {0} “{1}”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已删除 {0} 条规则</source>
        <translation>Removed {0} rule(s)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>操作失败:{0}</source>
        <translation>The operation failed: {0}</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../../desktop_app/ui/trash_view.py" line="+42"/>
        <source>回收站</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除时间</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>恢复所选(&amp;R)</source>
        <translation>&amp;Restore Selected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>永久删除所选(&amp;D)</source>
        <translation>&amp;Delete Selected for Good</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>清空回收站(&amp;E)…</source>
        <translation>&amp;Empty Trash…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>上一页</source>
        <translation>Previous Page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下一页</source>
        <translation>Next Page</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>读取失败:{0}</source>
        <translation>Reading failed: {0}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>第 {0}–{1} 篇,共 {2} 篇</source>
        <translation>Articles {0}–{1} of {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>回收站中有 {0} 篇文章。它们不出现在列表、搜索、统计和人物索引中;恢复的文章连同更正、督办和修订记录一起回来。</source>
        <translation>The trash holds {0} article(s). They are left out of the list, search, statistics and the people index; a restored article comes back with its corrections, follow-up tracking and revisions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>回收站是空的。在文章列表中选中文章后按 Delete 键(或右键 → 移到回收站)即可删除。</source>
        <translation>The trash is empty. To delete articles, select them in the article list and press Delete (or right-click → Move to Trash).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>正在恢复文章…</source>
        <translation>Restoring articles…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>永久删除</source>
        <translation>Delete for Good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>永久删除所选的 {0} 篇文章?连同其更正、督办和修订记录一起删除,无法恢复。</source>
        <translation>Delete the {0} selected article(s) for good? Their corrections, follow-up tracking and revisions go with them; this cannot be undone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>清空回收站</source>
        <translation>Empty Trash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>永久删除回收站中的全部 {0} 篇文章?此操作无法撤销。</source>
        <translation>Delete all {0} article(s) in the trash for good? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>正在永久删除文章…</source>
        <translation>Deleting articles for good…</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/upgrade_dialog.py" line="+24"/>
        <source>升级文章库</source>
        <translation>Upgrading the article store</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>正在升级文章库:重建搜索索引(约 {0} 篇文章)…</source>
        <translation>Upgrading the article store: rebuilding the search index (about {0} articles)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>新版本的搜索索引只需建立一次,完成后会自动打开文章库。
请稍候,不要关闭程序。</source>
        <translation>The new search index is built only once; the article store opens as soon as it is done.
Please wait, and do not close the program.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>文章库:{0}</source>
        <translation>Store: {0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>已用时 {0}</source>
        <translation>Elapsed: {0}</translation>
    </message>
</context>
<context>
    <name>WindowReads</name>
    <message>
        <location filename="../../desktop_app/ui/window_reads.py" line="+47"/>
        <source>正在等待团队资料库…</source>
        <translation>Waiting for the server library…</translation>
    </message>
</context>
<context>
    <name>WriterSwitch</name>
    <message>
        <location filename="../../desktop_app/ui/instance_guard.py" line="+49"/>
        <source>另一个窗口已不再修改此文章库,本窗口现在可以修改</source>
        <translation>The other window no longer changes this library: this window can change it now</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已把修改权交给另一个窗口,本窗口转为只读</source>
        <translation>Handed the library over to another window: this window is read-only now</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>另一个窗口未交出修改权:{0}。请先在那个窗口处理后再试。</source>
        <translation>The other window did not hand over: {0}. Deal with that there first, then try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另一个窗口没有回应。请关闭那个窗口,本窗口随即转为可修改。</source>
        <translation>The other window did not answer. Close it, and this window can change the library at once.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>本窗口只读</source>
        <translation>This window is read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另一个窗口正在修改这个文章库,本窗口只能阅读。</source>
        <translation>Another window is changing this library; this one can only read it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(那个窗口的进程号:{0})</source>
        <translation>(that window&apos;s process id: {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同一时间只有一个窗口可以修改,以免两边的修改互相覆盖。那个窗口关闭后,本窗口会自动转为可修改;也可以现在接管:那个窗口没有未保存的修改时,会交出修改权并转为只读。</source>
        <translation>Only one window at a time may change a library, so that the two cannot overwrite each other&apos;s changes. When that window closes, this one can change it; or take over now: if that window has no unsaved changes it hands over and turns read-only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>接管修改</source>
        <translation>Take over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_DueDelegate</name>
    <message>
        <location filename="../../desktop_app/ui/task_board.py" line="+108"/>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是日期:保存时记入“备注”,完成时限留空</source>
        <translation>Not a date: saved in “Remarks”, the deadline left empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无(长期坚持)</source>
        <translation>None (ongoing)</translation>
    </message>
</context>
<context>
    <name>_ProgressDelegate</name>
    <message>
        <location line="+28"/>
        <source>每行一条,如:2019-04-01 已召开推进会(不写日期则记为今天)</source>
        <translation>One entry per line, e.g. 2019-04-01 progress meeting held (without a date, today)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_app/app.py" line="-138"/>
        <location line="+51"/>
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
