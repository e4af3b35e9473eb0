<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Station Desk</source>
        <translation>关于工会服务站前台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Station Desk&lt;/h3&gt;&lt;p&gt;Front desk of a community trade-union service station: member intake, welfare gifts, room bookings and volunteer rosters.&lt;/p&gt;&lt;p&gt;Version: {version}&lt;br&gt;Database: {db}&lt;br&gt;Log folder: {logs}&lt;/p&gt;&lt;p&gt;Font: WenQuanYi Micro Hei (Apache-2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;工会服务站前台&lt;/h3&gt;&lt;p&gt;社区工会服务站的前台程序：会员入会、慰问品发放、场室预约、志愿者排班。&lt;/p&gt;&lt;p&gt;版本：{version}&lt;br&gt;数据库：{db}&lt;br&gt;日志文件夹：{logs}&lt;/p&gt;&lt;p&gt;字体：文泉驿微米黑（Apache-2.0）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Station Desk</source>
        <translation>工会服务站前台</translation>
    </message>
    <message>
        <source>The database could not be opened:
{location}

{reason}</source>
        <translation>无法打开数据库：
{location}

{reason}</translation>
    </message>
</context>
<context>
    <name>ComingTab</name>
    <message>
        <source>Search (coming with this tab)</source>
        <translation>搜索（随本页上线）</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>即将上线</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Station Desk</source>
        <translation>工会服务站前台</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>程序出错</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect. Work that was already saved is safe. Please copy the details below and send them to whoever looks after this computer.
Log file: {path}</source>
        <translation>程序遇到了意外错误。已经保存的内容不会丢失。请复制下面的详细信息，发给负责这台电脑的同事。
日志文件：{path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>只有管理员可以执行此操作。</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The user name must be 2 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>用户名须为 2 至 40 个字母、数字、点、横线或下划线。</translation>
    </message>
    <message>
        <source>Please enter the operator's name.</source>
        <translation>请填写经办人姓名。</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>未知的角色。</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>用户名不存在或密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for {seconds} more seconds.</source>
        <translation>密码错误次数过多：该账号还将锁定 {seconds} 秒。</translation>
    </message>
    <message>
        <source>Five wrong passwords: this account is locked for one minute.</source>
        <translation>密码已连续输错五次：该账号锁定一分钟。</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password ({left} tries left before the account is locked).</source>
        <translation>用户名不存在或密码错误（再错 {left} 次账号将被锁定）。</translation>
    </message>
    <message>
        <source>The user name {name} is already taken.</source>
        <translation>用户名 {name} 已被使用。</translation>
    </message>
    <message>
        <source>The last active administrator cannot be deactivated.</source>
        <translation>不能停用最后一位在用的管理员。</translation>
    </message>
    <message>
        <source>Please enter the ID number.</source>
        <translation>请填写证件号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (old cards: 15 digits); this one has {length}.</source>
        <translation>身份证号应为 18 位（旧证 15 位），现为 {length} 位。</translation>
    </message>
    <message>
        <source>An old 15-character ID number has digits only.</source>
        <translation>15 位旧身份证号只能是数字。</translation>
    </message>
    <message>
        <source>An ID number has 17 digits followed by a digit or the letter X.</source>
        <translation>身份证号由 17 位数字加 1 位数字或字母 X 组成。</translation>
    </message>
    <message>
        <source>The ID number begins with {area}, which is not a known region code.</source>
        <translation>身份证号以 {area} 开头，不是有效的地区代码。</translation>
    </message>
    <message>
        <source>The birth date in the ID number ({date}) does not exist.</source>
        <translation>身份证号中的出生日期（{date}）不存在。</translation>
    </message>
    <message>
        <source>The birth date in the ID number ({date}) is before 1900.</source>
        <translation>身份证号中的出生日期（{date}）早于 1900 年。</translation>
    </message>
    <message>
        <source>The birth date in the ID number ({date}) lies in the future.</source>
        <translation>身份证号中的出生日期（{date}）晚于今天。</translation>
    </message>
    <message>
        <source>The ID number's check character should be {expected}, not {actual}; one of the characters was probably mistyped.</source>
        <translation>身份证号校验位应为 {expected}，而不是 {actual}；可能有一位输错了。</translation>
    </message>
    <message>
        <source>Please enter the unified social credit code.</source>
        <translation>请填写统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has {length}.</source>
        <translation>统一社会信用代码应为 18 位，现为 {length} 位。</translation>
    </message>
    <message>
        <source>The unified social credit code contains characters that are not allowed: {chars}. It uses digits and capital letters except I, O, S, V and Z.</source>
        <translation>统一社会信用代码含有不允许的字符：{chars}。代码只使用数字和除 I、O、S、V、Z 以外的大写字母。</translation>
    </message>
    <message>
        <source>The unified social credit code's check character should be {expected}, not {actual}; one of the characters was probably mistyped.</source>
        <translation>统一社会信用代码校验位应为 {expected}，而不是 {actual}；可能有一位输错了。</translation>
    </message>
    <message>
        <source>Please enter the mobile number.</source>
        <translation>请填写手机号。</translation>
    </message>
    <message>
        <source>A mobile number has digits only.</source>
        <translation>手机号只能是数字。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; this one has {length}.</source>
        <translation>手机号应为 11 位，现为 {length} 位。</translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19.</source>
        <translation>手机号应以 13 至 19 开头。</translation>
    </message>
    <message>
        <source>Please enter the telephone number.</source>
        <translation>请填写电话号码。</translation>
    </message>
    <message>
        <source>A telephone number has 7 to 20 digits and dashes, for example 010-65123456 or 010-65123456-808.</source>
        <translation>电话号码为 7 至 20 位数字和横线，例如 010-65123456 或 010-65123456-808。</translation>
    </message>
    <message>
        <source>Please enter the station's name.</source>
        <translation>请填写服务站名称。</translation>
    </message>
    <message>
        <source>The member-number prefix must be 1 to 6 Latin letters, e.g. TPQ.</source>
        <translation>会员号前缀须为 1 至 6 个英文字母，例如 TPQ。</translation>
    </message>
    <message>
        <source>This database has already been set up.</source>
        <translation>此数据库已完成初始设置。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Station Desk (schema {revision}). Please install the newer version; this one will not open it, so nothing in it is changed.</source>
        <translation>此数据库由更新版本的工会服务站前台写入（结构版本 {revision}）。请安装新版本；本版本不会打开它，其中的数据没有任何改动。</translation>
    </message>
    <message>
        <source>The upgrade left broken references ({count}); it was undone.</source>
        <translation>升级后出现 {count} 处无效引用，升级已撤销。</translation>
    </message>
    <message>
        <source>The database is busy: another desk is saving. Nothing was changed; please try again in a moment.</source>
        <translation>数据库正忙：另一台前台电脑正在保存。本次没有任何改动，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>A new language takes effect the next time the program starts.</source>
        <translation>更改的语言将在下次启动程序时生效。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Station Desk</source>
        <translation>登录 — 工会服务站前台</translation>
    </message>
    <message>
        <source>Station Desk</source>
        <translation>工会服务站前台</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Print a test page…</source>
        <translation>打印测试页…</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About Station Desk</source>
        <translation>关于工会服务站前台</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>当前用户：{name}（{role}）</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <source>{station} — Station Desk</source>
        <translation>{station} — 工会服务站前台</translation>
    </message>
    <message>
        <source>Test page</source>
        <translation>测试页</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>Room bookings</source>
        <translation>场室预约</translation>
    </message>
    <message>
        <source>Welfare gifts</source>
        <translation>慰问品发放</translation>
    </message>
    <message>
        <source>Member intake</source>
        <translation>会员入会</translation>
    </message>
    <message>
        <source>Volunteer rosters</source>
        <translation>志愿者排班</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Register members and the units where unions are founded, validate ID-card and credit-code numbers, find anyone in a keystroke and import the city's Excel sheets.</source>
        <translation>登记会员和建会单位，校验身份证号与统一社会信用代码，输入几个字即可找到任何人，导入市总工会的 Excel 表格。</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>添加经办人</translation>
    </message>
    <message>
        <source>Deactivate / reactivate</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>New operator</source>
        <translation>新经办人</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for {name}:</source>
        <translation>{name} 的新密码：</translation>
    </message>
    <message>
        <source>The password has been changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>打印时间 {time}</translation>
    </message>
    <message>
        <source>Operator {name}</source>
        <translation>经办人 {name}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print preview – {title}</source>
        <translation>打印预览 – {title}</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>用系统程序打开</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The PDF could not be opened.</source>
        <translation>无法打开该 PDF 文件。</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>无法启动打印机。请检查打印机是否开启后重试。</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved: {error}</source>
        <translation>文件未能保存：{error}</translation>
    </message>
    <message>
        <source>No program to open PDF files was found.</source>
        <translation>没有找到可以打开 PDF 文件的程序。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Desk staff</source>
        <translation>前台</translation>
    </message>
</context>
<context>
    <name>RoomsTab</name>
    <message>
        <source>Mediation, counselling, mother-and-baby rooms and the hall: no double booking, holidays known, private sessions kept private.</source>
        <translation>劳动争议调解室、心理咨询室、母婴关爱室和多功能厅：绝不重复预约，节假日与调休自动识别，私密场次严格保密。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Station profile</source>
        <translation>服务站信息</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Station Desk — first-time setup</source>
        <translation>工会服务站前台 — 首次设置</translation>
    </message>
    <message>
        <source>Welcome to Station Desk</source>
        <translation>欢迎使用工会服务站前台</translation>
    </message>
    <message>
        <source>This computer has no station data yet. In two short steps you will enter the station's profile, which is printed on every list and receipt, and create the first administrator account.

The data is kept on this computer and a copy is made every day.</source>
        <translation>这台电脑上还没有服务站数据。只需两步：填写服务站信息（会印在每一份名单和回执上），并创建第一个管理员账号。

数据保存在本机，程序每天自动备份一份。</translation>
    </message>
    <message>
        <source>Station profile</source>
        <translation>服务站信息</translation>
    </message>
    <message>
        <source>Printed at the top of every page. An administrator can change it later.</source>
        <translation>印在每一页的页眉上。管理员以后可以修改。</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>服务站名称</translation>
    </message>
    <message>
        <source>e.g. Taipingqiao Street Union Service Station</source>
        <translation>例如：太平桥街道总工会服务站</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Member-number prefix</source>
        <translation>会员号前缀</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>第一位管理员</translation>
    </message>
    <message>
        <source>Administrators change settings, manage accounts and may export full ID numbers.</source>
        <translation>管理员可以修改设置、管理账号，并可导出完整的证件号码。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
</context>
<context>
    <name>StationProfilePage</name>
    <message>
        <source>Station name</source>
        <translation>服务站名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Member-number prefix</source>
        <translation>会员号前缀</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存服务站信息</translation>
    </message>
</context>
<context>
    <name>VolunteersTab</name>
    <message>
        <source>Teams, activities, shifts, hours and service certificates.</source>
        <translation>志愿者队伍、服务行动、班次、服务时长和志愿服务记录证明。</translation>
    </message>
</context>
<context>
    <name>WelfareTab</name>
    <message>
        <source>Festival and hardship campaigns, a stock ledger, one pack per eligible member, printed sign-off lists and receipts.</source>
        <translation>节日慰问与困难帮扶活动、库存台账、每位符合条件的会员一份，打印发放签收表和领取凭证。</translation>
    </message>
</context>
</TS>
