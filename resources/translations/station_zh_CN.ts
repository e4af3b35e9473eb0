<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <source>Roster</source>
        <translation>排班表</translation>
    </message>
    <message>
        <source>Service certificate</source>
        <translation>志愿服务记录证明</translation>
    </message>
    <message>
        <source>Year summary</source>
        <translation>年度汇总</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Export hours</source>
        <translation>导出服务时长</translation>
    </message>
    <message>
        <source>volunteer-hours-{year}.xlsx</source>
        <translation>志愿服务时长-{year}.xlsx</translation>
    </message>
    <message>
        <source>Exported {count} lines of hours to {path}.</source>
        <translation>已导出 {count} 条服务时长到 {path}。</translation>
    </message>
</context>
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
    <name>ActivitiesPage</name>
    <message>
        <source>Previous month (Alt+Left)</source>
        <translation>上个月 (Alt+←)</translation>
    </message>
    <message>
        <source>Next month (Alt+Right)</source>
        <translation>下个月 (Alt+→)</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>本月(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation>新建服务活动(&amp;N)…</translation>
    </message>
    <message>
        <source>New activity (Ctrl+N)</source>
        <translation>新建服务活动 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit activity…</source>
        <translation>编辑服务活动(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>日历(&amp;C)</translation>
    </message>
    <message>
        <source>Show the month as a list or as a calendar</source>
        <translation>以列表或日历显示本月</translation>
    </message>
    <message>
        <source>No activities this month. Ctrl+N plans one.</source>
        <translation>本月没有服务活动。按 Ctrl+N 新建一项。</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>No shifts yet: edit the activity to add some.</source>
        <translation>还没有班次：编辑服务活动可添加班次。</translation>
    </message>
    <message>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month:02d}月</translation>
    </message>
    <message>
        <source>{count} activities, {filled} of {places} places filled</source>
        <translation>共 {count} 项服务活动，已安排 {filled} 人 / 名额 {places} 人</translation>
    </message>
</context>
<context>
    <name>ActivityCalendar</name>
    <message>
        <source>Holiday: {name}</source>
        <translation>节假日：{name}</translation>
    </message>
    <message>
        <source>Working day in lieu: {name}</source>
        <translation>调休上班：{name}</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>新建服务活动</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>服务活动</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>队伍(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add shift</source>
        <translation>添加班次(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove shift</source>
        <translation>删除班次(&amp;R)</translation>
    </message>
    <message>
        <source>Shifts (time, role, places needed)</source>
        <translation>班次（时间、岗位、名额）</translation>
    </message>
    <message>
        <source>Whole brigade</source>
        <translation>全大队（不分队）</translation>
    </message>
    <message>
        <source>Shift {number}: {reason}</source>
        <translation>第 {number} 个班次：{reason}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Station Desk</source>
        <translation>工会服务站前台</translation>
    </message>
</context>
<context>
    <name>ArrangementDialog</name>
    <message>
        <source>Enter the year's arrangement</source>
        <translation>录入调休安排</translation>
    </message>
    <message>
        <source>Year </source>
        <translation>年度 </translation>
    </message>
    <message>
        <source>Days off and working days in lieu (State Council notice)</source>
        <translation>放假调休安排（国务院办公厅通知）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>所属节日</translation>
    </message>
    <message>
        <source>Add days off</source>
        <translation>添加放假</translation>
    </message>
    <message>
        <source>Add a working day</source>
        <translation>添加调休上班日</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <source>Remove the entered arrangement</source>
        <translation>删除已录入的安排</translation>
    </message>
    <message>
        <source>Copy the notice holiday by holiday: its days off (from … to …) and the Saturdays or Sundays it makes working days. The statutory holidays are filled in; widen them to the notice's days off. Statutory days stay holidays whatever is entered.</source>
        <translation>请按通知逐个节日录入：放假日期（从……到……）以及调休上班的周六、周日。表中已填好法定节假日，请按通知扩展为实际放假日期。无论录入什么，法定节假日始终放假。</translation>
    </message>
    <message>
        <source>Statutory holidays of {year}: {days}.</source>
        <translation>{year} 年法定节假日：{days}。</translation>
    </message>
    <message>
        <source>{year}: the State Council's arrangement is built in; to change single days, close this window and use the station's own entry.</source>
        <translation>{year} 年：国务院放假调休安排已内置；如需逐日调整，请关闭本窗口，在“本站设置”中修改。</translation>
    </message>
    <message>
        <source>The rows are still only the statutory holidays of {year}, with no days widened and no working days in lieu. Save them as {year}'s arrangement anyway?</source>
        <translation>表中仍只有 {year} 年的法定节假日，没有扩展放假日期，也没有调休上班日。仍要保存为 {year} 年的调休安排吗？</translation>
    </message>
    <message>
        <source>{year}: entered; saving replaces it.</source>
        <translation>{year} 年：已录入，保存将替换原有安排。</translation>
    </message>
    <message>
        <source>{year}: not entered yet.</source>
        <translation>{year} 年：尚未录入。</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>(no statutory holiday)</source>
        <translation>（未包含或紧邻法定节假日）</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>服务活动</translation>
    </message>
    <message>
        <source>Service activity</source>
        <translation>服务活动</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>加入名单时间</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>加入人</translation>
    </message>
    <message>
        <source>Reason added</source>
        <translation>加入原因</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>慰问对象</translation>
    </message>
    <message>
        <source>Asked until</source>
        <translation>证明截止日期</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可服务时间</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Room blocked until</source>
        <translation>场室占用至</translation>
    </message>
    <message>
        <source>Booking no.</source>
        <translation>预约编号</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Buffer (minutes)</source>
        <translation>间隔（分钟）</translation>
    </message>
    <message>
        <source>Caller's mobile</source>
        <translation>来电人手机号</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Welfare campaign</source>
        <translation>慰问活动</translation>
    </message>
    <message>
        <source>Cancellation reason</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <source>Cash per recipient</source>
        <translation>慰问金</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>关门时间</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation>联系日期</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>Every … weeks</source>
        <translation>每隔几周</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Handed out at</source>
        <translation>发放时间</translation>
    </message>
    <message>
        <source>Handed out by</source>
        <translation>发放人</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Worker in hardship</source>
        <translation>困难职工</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>服务时长（小时）</translation>
    </message>
    <message>
        <source>Reason for the hours</source>
        <translation>时长更正原因</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>开具时间</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>开具人</translation>
    </message>
    <message>
        <source>Gift item</source>
        <translation>慰问品</translation>
    </message>
    <message>
        <source>Gift items</source>
        <translation>慰问品</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>队长</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>库存偏低提醒数量</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Member number prefix</source>
        <translation>会员号前缀</translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation>农民工</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Model worker</source>
        <translation>劳动模范</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>开始发放时间</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>开始发放人</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>开门时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Outdoor worker</source>
        <translation>户外劳动者</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>特批原因</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>慰问品组合</translation>
    </message>
    <message>
        <source>Parent team</source>
        <translation>上级队伍</translation>
    </message>
    <message>
        <source>Partial list</source>
        <translation>部分名单</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Planned recipients</source>
        <translation>计划发放人数</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>不公开</translation>
    </message>
    <message>
        <source>Private by default</source>
        <translation>默认不公开</translation>
    </message>
    <message>
        <source>Proxy's mobile</source>
        <translation>代领人手机号</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代领人</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>与本人关系</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>凭证编号</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>慰问对象人数</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移出</translation>
    </message>
    <message>
        <source>Removed at</source>
        <translation>移出时间</translation>
    </message>
    <message>
        <source>Removed by</source>
        <translation>移出人</translation>
    </message>
    <message>
        <source>Reason removed</source>
        <translation>移出原因</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>重开为</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>预约人</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>场室</translation>
    </message>
    <message>
        <source>Who is eligible</source>
        <translation>发放条件</translation>
    </message>
    <message>
        <source>Booking series</source>
        <translation>每周重复预约</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>特长</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>特长</translation>
    </message>
    <message>
        <source>Slot (minutes)</source>
        <translation>时段（分钟）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>包干人员</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Stock shortfall</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总金额</translation>
    </message>
    <message>
        <source>Undone at</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>Undone by</source>
        <translation>撤销人</translation>
    </message>
    <message>
        <source>Union chair</source>
        <translation>工会主席</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>建会日期</translation>
    </message>
    <message>
        <source>Union name</source>
        <translation>工会名称</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>建会情况</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Value per unit</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Warn of the same kind</source>
        <translation>同类活动提醒</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>携带物品</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Shift assignments</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Login role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Booking series</source>
        <translation>每周重复预约</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>场室</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Volunteer data</source>
        <translation>志愿者数据</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>服务活动</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Shift assignment</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>特长</translation>
    </message>
    <message>
        <source>Volunteer certificate</source>
        <translation>志愿服务记录证明</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>慰问活动</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>慰问对象</translation>
    </message>
    <message>
        <source>Gift item</source>
        <translation>慰问品</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Holiday override</source>
        <translation>节假日设置</translation>
    </message>
    <message>
        <source>Holiday notice</source>
        <translation>调休安排</translation>
    </message>
    <message>
        <source>Unit contact</source>
        <translation>单位联系记录</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>调整顺序</translation>
    </message>
    <message>
        <source>Start handing out</source>
        <translation>开始发放</translation>
    </message>
    <message>
        <source>Finish handing out</source>
        <translation>结束发放</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>添加慰问对象</translation>
    </message>
    <message>
        <source>Remove recipient</source>
        <translation>移出发放名单</translation>
    </message>
    <message>
        <source>Stock received</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>报损</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <source>All attended</source>
        <translation>全部到岗</translation>
    </message>
    <message>
        <source>Correct hours</source>
        <translation>更正服务时长</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>开具证明</translation>
    </message>
    <message>
        <source>Issue again</source>
        <translation>重新开具证明</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation>填充演示数据</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Show full values</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export with full values</source>
        <translation>导出（含完整号码）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>取消安排</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Undo hand-out</source>
        <translation>撤销发放</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>退会</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>恢复会籍</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>初始设置</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>全部经办人</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录类型</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>打开记录</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>{total} entries; the newest {shown} are shown.</source>
        <translation>共 {total} 条，显示最新的 {shown} 条。</translation>
    </message>
    <message>
        <source>{total} entries</source>
        <translation>共 {total} 条</translation>
    </message>
    <message>
        <source>Choose an entry to see the record it refers to.</source>
        <translation>选中一条，查看它所涉及的记录。</translation>
    </message>
    <message>
        <source>The record is not there (any more).</source>
        <translation>该记录不存在（可能已删除）。</translation>
    </message>
    <message>
        <source>{record} no. {id} as it is now:</source>
        <translation>{record} {id} 的当前内容：</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>{rows} entries exported to {file}.</source>
        <translation>已导出 {rows} 条到 {file}。</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>出现错误：{error}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backups folder: {folder}</source>
        <translation>备份文件夹：{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>另存一份到…</translation>
    </message>
    <message>
        <source>Every copy is checked before it is kept. The program takes one by itself each day; the backups folder keeps the copies of the last 7 days and of the last 4 weeks.</source>
        <translation>每份备份在保留前都经过校验。程序每天自动备份一次；备份文件夹保留最近 7 天和最近 4 周的备份。</translation>
    </message>
    <message>
        <source>This station's database is on a PostgreSQL server. “Back up now” writes a pg_dump archive (the server's own backup format) into the folder below; “Save a copy as…” writes one where you choose. The PostgreSQL client tools (pg_dump) must be installed on this PC.</source>
        <translation>本站数据库在 PostgreSQL 服务器上。“立即备份”把 pg_dump 备份档案（服务器自带的备份格式）写入下方文件夹；“另存一份到…”写到您选择的位置。本机须安装 PostgreSQL 客户端工具（pg_dump）。</translation>
    </message>
    <message>
        <source>Second copy (e.g. a USB drive)</source>
        <translation>第二份备份（如U盘）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Each copy is also written there whenever that folder can be reached, so a broken disk does not take the backups with it.</source>
        <translation>只要该文件夹可用，每份备份都会同时写入那里，硬盘损坏时备份不会一起丢失。</translation>
    </message>
    <message>
        <source>Second folder: not set</source>
        <translation>第二备份文件夹：未设置</translation>
    </message>
    <message>
        <source>Second folder: {folder}</source>
        <translation>第二备份文件夹：{folder}</translation>
    </message>
    <message>
        <source>Second folder: {folder} (not reachable now)</source>
        <translation>第二备份文件夹：{folder}（当前无法访问）</translation>
    </message>
    <message>
        <source>Station Desk backup (*.db)</source>
        <translation>服务站前台备份 (*.db)</translation>
    </message>
    <message>
        <source>pg_dump archive (*.dump)</source>
        <translation>pg_dump 备份档案 (*.dump)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>另存一份备份</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>已备份到 {path}。</translation>
    </message>
    <message>
        <source>A second copy was made in {folder}.</source>
        <translation>已在 {folder} 写入第二份备份。</translation>
    </message>
    <message>
        <source>No second copy was made: {problem}.</source>
        <translation>未写入第二份备份：{problem}。</translation>
    </message>
    <message>
        <source>Second folder for backups</source>
        <translation>第二备份文件夹</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <source>Automatic (daily)</source>
        <translation>自动（每日）</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Before a program upgrade</source>
        <translation>程序升级前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Second folder</source>
        <translation>第二备份文件夹</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Please choose the member from the list (type a name, pinyin initials or the last digits of the mobile), or switch to a caller.</source>
        <translation>请从列表中选择会员（输入姓名、拼音首字母或手机号后几位），或改为来电人。</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <source>Booking details</source>
        <translation>预约详情</translation>
    </message>
    <message>
        <source>This booking is private: only an administrator or the operator who made it can see who booked it and why.</source>
        <translation>这是私密预约：只有管理员和办理这条预约的经办人能看到预约人和事由。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>e.g. wage dispute mediation, book club</source>
        <translation>例如：工资争议调解、读书会</translation>
    </message>
    <message>
        <source>A &amp;member</source>
        <translation>会员(&amp;M)</translation>
    </message>
    <message>
        <source>A ca&amp;ller (not a member)</source>
        <translation>来电人（非会员）(&amp;L)</translation>
    </message>
    <message>
        <source>Type a name, pinyin initials, mobile digits or member no.</source>
        <translation>输入姓名、拼音首字母、手机号后几位或会员号</translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <source>Show full number</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Mediator, counsellor, organiser</source>
        <translation>调解员、咨询师、组织人</translation>
    </message>
    <message>
        <source>Private: others see only “Booked”</source>
        <translation>私密：其他人只看到“已预约”</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>场室</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Booked for</source>
        <translation>预约人</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Caller's name</source>
        <translation>来电人姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Repeat weekly</source>
        <translation>每周重复</translation>
    </message>
    <message>
        <source>every </source>
        <translation>每 </translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> 周</translation>
    </message>
    <message>
        <source>until</source>
        <translation>直到</translation>
    </message>
    <message>
        <source>in all </source>
        <translation>共 </translation>
    </message>
    <message>
        <source> times</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>This booking only</source>
        <translation>仅此一次</translation>
    </message>
    <message>
        <source>This and the following bookings of the repeat</source>
        <translation>此次及以后各次</translation>
    </message>
    <message>
        <source>Save changes to</source>
        <translation>修改范围</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>取消预约…</translation>
    </message>
    <message>
        <source>Print booking slip</source>
        <translation>打印预约回执</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{room} (up to {capacity})</source>
        <translation>{room}（最多 {capacity} 人）</translation>
    </message>
    <message>
        <source>Booked by {operator}</source>
        <translation>经办人：{operator}</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name}（{number}）</translation>
    </message>
    <message>
        <source>Booking {number} · {status}</source>
        <translation>预约 {number} · {status}</translation>
    </message>
    <message>
        <source>Booked by {operator} on {when}</source>
        <translation>{operator} 于 {when} 办理</translation>
    </message>
    <message>
        <source>checked in at {time}</source>
        <translation>{time} 签到</translation>
    </message>
    <message>
        <source>part of a weekly repeat</source>
        <translation>属于每周重复预约</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
    <message>
        <source>at most {capacity}</source>
        <translation>最多 {capacity} 人</translation>
    </message>
    <message>
        <source>Review the dates…</source>
        <translation>核对日期…</translation>
    </message>
    <message>
        <source>✓ This time is free.</source>
        <translation>✓ 该时段空闲。</translation>
    </message>
    <message>
        <source>Booked: {number}, {room}, {when}.</source>
        <translation>已预约：{number}，{room}，{when}。</translation>
    </message>
    <message>
        <source>Saved: {count} booking(s) changed.</source>
        <translation>已保存：修改了 {count} 条预约。</translation>
    </message>
    <message>
        <source>Booked {count} dates of the repeat ({skipped} skipped).</source>
        <translation>已完成重复预约 {count} 次（跳过 {skipped} 次）。</translation>
    </message>
    <message>
        <source>Checked in.</source>
        <translation>已签到。</translation>
    </message>
    <message>
        <source>Marked as completed.</source>
        <translation>已标记为完成。</translation>
    </message>
    <message>
        <source>Marked as a no-show.</source>
        <translation>已标记为爽约。</translation>
    </message>
    <message>
        <source>Cancelled ({count} booking(s)).</source>
        <translation>已取消（{count} 条预约）。</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>Handled by: {name}</source>
        <translation>负责人：{name}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私密</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>新建慰问活动</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>编辑慰问活动</translation>
    </message>
    <message>
        <source>e.g. 2027年元旦春节送温暖</source>
        <translation>例如：2027年元旦春节送温暖</translation>
    </message>
    <message>
        <source>Leave empty for no budget</source>
        <translation>不设预算请留空</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Per recipient</source>
        <translation>每人数量</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加物品</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>移除物品</translation>
    </message>
    <message>
        <source>Find an employer</source>
        <translation>查找单位</translation>
    </message>
    <message>
        <source>Warn when a member already received from a campaign of the same kind this year</source>
        <translation>会员今年已领过同类慰问活动时提醒</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Budget (¥)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>Cash per recipient (¥)</source>
        <translation>每人慰问金（元）</translation>
    </message>
    <message>
        <source>Package per recipient</source>
        <translation>每人慰问品组合</translation>
    </message>
    <message>
        <source>Categories (any; none: all active members)</source>
        <translation>人员类别（符合任一；不选为全部在册会员）</translation>
    </message>
    <message>
        <source>Communities (none: all)</source>
        <translation>社区（不选为全部）</translation>
    </message>
    <message>
        <source>Employers (none: all)</source>
        <translation>单位（不选为全部）</translation>
    </message>
    <message>
        <source>Joined before</source>
        <translation>入会日期早于</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划人数</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已领人数</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>新建慰问活动…</translation>
    </message>
    <message>
        <source>Edit draft…</source>
        <translation>编辑草稿…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Open for hand-out…</source>
        <translation>开始发放…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>结束发放…</translation>
    </message>
    <message>
        <source>Recipients…</source>
        <translation>发放名单…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Not grouped</source>
        <translation>不分组</translation>
    </message>
    <message>
        <source>Grouped by community</source>
        <translation>按社区分组</translation>
    </message>
    <message>
        <source>Grouped by employer</source>
        <translation>按单位分组</translation>
    </message>
    <message>
        <source>Print sign-off list…</source>
        <translation>打印发放签收表…</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>打印慰问活动汇总…</translation>
    </message>
    <message>
        <source>Export recipients (.xlsx)…</source>
        <translation>导出发放名单 (.xlsx)…</translation>
    </message>
    <message>
        <source>Hand-outs of a period (.xlsx)…</source>
        <translation>导出期间发放记录（.xlsx）…</translation>
    </message>
    <message>
        <source>Export the hand-outs of a period</source>
        <translation>导出期间发放记录</translation>
    </message>
    <message>
        <source>handouts-{first}-{last}.xlsx</source>
        <translation>发放记录-{first}-{last}.xlsx</translation>
    </message>
    <message>
        <source>Exported {count} hand-outs to {path}.</source>
        <translation>已导出 {count} 条发放记录到 {path}。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Each</source>
        <translation>每人数量</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>所需数量</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Eligible today: {count} members</source>
        <translation>目前符合条件：{count} 名会员</translation>
    </message>
    <message>
        <source>On the list: {count} recipients</source>
        <translation>名单内：{count} 人</translation>
    </message>
    <message>
        <source>Cost: {total} (items {items} + cash {cash}); no budget set</source>
        <translation>费用：{total}（物品 {items} + 慰问金 {cash}）；未设预算</translation>
    </message>
    <message>
        <source>Cost: {total} (items {items} + cash {cash}) of a budget of {budget}</source>
        <translation>费用：{total}（物品 {items} + 慰问金 {cash}），预算 {budget}</translation>
    </message>
    <message>
        <source>Over budget by {amount}</source>
        <translation>超出预算 {amount}</translation>
    </message>
    <message>
        <source>{count} of them already received from a campaign of the same kind this year.</source>
        <translation>其中 {count} 人今年已领过同类慰问活动的慰问品。</translation>
    </message>
    <message>
        <source>Open campaign</source>
        <translation>开始发放</translation>
    </message>
    <message>
        <source>Open “{name}” for {count} recipients? The list is frozen; later changes need a reason.</source>
        <translation>确定开始发放“{name}”，共 {count} 人？名单将被锁定，之后增减需填写原因。</translation>
    </message>
    <message>
        <source>Open it anyway as a partial plan (hand out while the stock lasts)?</source>
        <translation>仍要按部分发放开始吗（库存发完为止）？</translation>
    </message>
    <message>
        <source>“{name}” is open: {count} recipients on the list.</source>
        <translation>“{name}”已开始发放：名单内 {count} 人。</translation>
    </message>
    <message>
        <source>Close campaign</source>
        <translation>结束发放</translation>
    </message>
    <message>
        <source>Close “{name}”? {served} of {planned} recipients were served; no more hand-outs after this.</source>
        <translation>确定结束“{name}”的发放？已领 {served} 人，共 {planned} 人；结束后不能再发放。</translation>
    </message>
    <message>
        <source>“{name}” is closed.</source>
        <translation>“{name}”已结束发放。</translation>
    </message>
    <message>
        <source>Sign-off list</source>
        <translation>发放签收表</translation>
    </message>
    <message>
        <source>Sign-off list {name}</source>
        <translation>{name} 发放签收表</translation>
    </message>
    <message>
        <source>Campaign summary</source>
        <translation>慰问活动汇总</translation>
    </message>
    <message>
        <source>Campaign summary {name}</source>
        <translation>{name} 慰问活动汇总</translation>
    </message>
    <message>
        <source>Export recipients</source>
        <translation>导出发放名单</translation>
    </message>
    <message>
        <source>{name}-recipients.xlsx</source>
        <translation>{name}-发放名单.xlsx</translation>
    </message>
    <message>
        <source>Exported {count} recipients to {path}.</source>
        <translation>已导出 {count} 人到 {path}。</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>The requester cancelled</source>
        <translation>预约人取消</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>The room is needed for something else</source>
        <translation>场室另有安排</translation>
    </message>
    <message>
        <source>Booked by mistake</source>
        <translation>预约登记有误</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Why is it cancelled? (required)</source>
        <translation>取消原因（必填）</translation>
    </message>
    <message>
        <source>This booking only</source>
        <translation>仅此一次</translation>
    </message>
    <message>
        <source>This and the following bookings of the repeat</source>
        <translation>此次及以后各次</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>不取消</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check data</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <source>Checks the database file, the references between its tables and the station's rules (stock, bookings, rosters, members). Nothing is changed.</source>
        <translation>检查数据库文件、表间引用以及本站的业务规则（库存、预约、排班、会员）。检查不会改动任何数据。</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Checking the data…</source>
        <translation>正在检查数据…</translation>
    </message>
    <message>
        <source>The check could not be run: {reason}</source>
        <translation>无法进行检查：{reason}</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>To restore it: {command}</source>
        <translation>恢复命令：{command}</translation>
    </message>
    <message>
        <source>room {room_id}: {first} and {second} overlap ({starts_at})</source>
        <translation>场室 {room_id}：{first} 与 {second} 时间重叠（{starts_at}）</translation>
    </message>
    <message>
        <source>no overlapping bookings in a room</source>
        <translation>同一场室没有时间重叠的预约</translation>
    </message>
    <message>
        <source>item {id} {name}: balance {on_hand}, ledger {ledger}</source>
        <translation>物品 {id} {name}：库存 {on_hand}，台账合计 {ledger}</translation>
    </message>
    <message>
        <source>campaign {campaign_id}, member {member_id}: {n} allocations</source>
        <translation>慰问活动 {campaign_id}，会员 {member_id}：有 {n} 条发放记录</translation>
    </message>
    <message>
        <source>allocation {id} receipt {receipt_no}: no ledger row for item {item_id}</source>
        <translation>发放记录 {id}，凭证 {receipt_no}：物品 {item_id} 没有出库台账</translation>
    </message>
    <message>
        <source>ledger row {id} receipt {receipt_no}: allocation {allocation_id} not served</source>
        <translation>台账 {id}，凭证 {receipt_no}：发放记录 {allocation_id} 并未发放</translation>
    </message>
    <message>
        <source>campaign {id} {name}: a draft with a recipient list</source>
        <translation>慰问活动 {id} {name}：草稿却已有发放名单</translation>
    </message>
    <message>
        <source>stock balances equal their ledgers</source>
        <translation>库存结余与台账一致</translation>
    </message>
    <message>
        <source>one allocation per member per campaign</source>
        <translation>每个慰问活动每名会员只有一条发放记录</translation>
    </message>
    <message>
        <source>hand-outs match the ledger</source>
        <translation>发放记录与出库台账一致</translation>
    </message>
    <message>
        <source>only opened campaigns have recipients</source>
        <translation>只有已开始发放的慰问活动才有发放名单</translation>
    </message>
    <message>
        <source>{first}: {n} members share one {what}</source>
        <translation>{first}：{n} 名会员使用同一{what}</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>member number</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>no member registered twice</source>
        <translation>没有重复登记的会员</translation>
    </message>
    <message>
        <source>Second copy skipped: {problem}</source>
        <translation>未写入第二份备份：{problem}</translation>
    </message>
    <message>
        <source>Restored from {source}.</source>
        <translation>已从 {source} 恢复。</translation>
    </message>
    <message>
        <source>The schema of {location} is up to date ({revision}).</source>
        <translation>{location} 的数据结构已是最新（结构版本 {revision}）。</translation>
    </message>
    <message>
        <source>Restored from {source}; the previous database is kept as {copy}.</source>
        <translation>已从 {source} 恢复；原数据库保存为 {copy}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>All {count} checks passed.</source>
        <translation>全部 {count} 项检查通过。</translation>
    </message>
    <message>
        <source>All {count} checks passed: {names}.</source>
        <translation>全部 {count} 项检查通过：{names}。</translation>
    </message>
    <message>
        <source>{failed} of {total} checks found problems in {location}.</source>
        <translation>{location} 的 {total} 项检查中有 {failed} 项发现问题。</translation>
    </message>
    <message>
        <source>file integrity</source>
        <translation>文件完整性</translation>
    </message>
    <message>
        <source>references between tables</source>
        <translation>表间引用</translation>
    </message>
    <message>
        <source>schema version</source>
        <translation>数据结构版本</translation>
    </message>
    <message>
        <source>table {table}, row {row}: points to a missing row of {parent}</source>
        <translation>表 {table} 第 {row} 行：引用的 {parent} 记录不存在</translation>
    </message>
    <message>
        <source>{revision} (not upgraded yet; the program upgrades it at start)</source>
        <translation>{revision}（尚未升级，程序启动时会自动升级）</translation>
    </message>
    <message>
        <source>{revision} (unknown to this program)</source>
        <translation>{revision}（本程序不认识的版本）</translation>
    </message>
    <message>
        <source>{path}: file not found</source>
        <translation>{path}：找不到文件</translation>
    </message>
    <message>
        <source>could not be checked: {reason}</source>
        <translation>无法检查：{reason}</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>没有返回结果</translation>
    </message>
    <message>
        <source>volunteer {volunteer_id}: shifts {first} and {second} overlap ({starts_at})</source>
        <translation>志愿者 {volunteer_id}：班次 {first} 与 {second} 时间重叠（{starts_at}）</translation>
    </message>
    <message>
        <source>no volunteer on overlapping shifts without an override</source>
        <translation>志愿者没有未经特批的重叠班次</translation>
    </message>
    <message>
        <source>audit log is append-only</source>
        <translation>操作日志只能追加，不能修改或删除</translation>
    </message>
    <message>
        <source>nothing refuses {event} on audit_log</source>
        <translation>操作日志没有阻止 {event}</translation>
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
    <name>Communities</name>
    <message>
        <source>{name} (retired)</source>
        <translation>{name}（已停用）</translation>
    </message>
</context>
<context>
    <name>CommunitiesPage</name>
    <message>
        <source>The street's communities (社区), in the order lists and printouts use. A retired community stays on the units and members that name it, but is not offered for new ones.</source>
        <translation>本街道的社区，按列表和打印使用的顺序排列。已停用的社区仍保留在原有的单位和会员记录上，但新登记时不再提供。</translation>
    </message>
    <message>
        <source>The street's communities (社区). Only an administrator can add or change them.</source>
        <translation>本街道的社区。只有管理员可以新增或修改。</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>e.g. 太平桥西里社区; several at once separated by 、</source>
        <translation>例如 太平桥西里社区；一次添加多个时用“、”隔开</translation>
    </message>
    <message>
        <source>Add community</source>
        <translation>新增社区</translation>
    </message>
    <message>
        <source>New community</source>
        <translation>新社区</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>恢复启用</translation>
    </message>
    <message>
        <source>Already on file, not added again: {names}</source>
        <translation>以下社区已存在，未重复添加：{names}</translation>
    </message>
    <message>
        <source>Rename community</source>
        <translation>社区改名</translation>
    </message>
    <message>
        <source>New name of {name} (units and members that name it follow):</source>
        <translation>“{name}”的新名称（属于该社区的单位和会员随之更新）：</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
</context>
<context>
    <name>CountersPanel</name>
    <message>
        <source>Live figures</source>
        <translation>实时统计</translation>
    </message>
    <message>
        <source>Planned recipients</source>
        <translation>计划发放人数</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>未发放</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Each</source>
        <translation>每人数量</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>尚需</translation>
    </message>
    <message>
        <source>Needed: what the recipients not yet served will take. Red: not enough.</source>
        <translation>尚需：未领取人员还需的数量。红色：库存不足。</translation>
    </message>
    <message>
        <source>Stock left per item</source>
        <translation>各物品剩余库存</translation>
    </message>
    <message>
        <source>Short by {count}{unit}</source>
        <translation>缺 {count}{unit}</translation>
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
    <name>DateEdit</name>
    <message>
        <source>“{typed}” is not a date; type it as 2020-05-01 or 20200501.</source>
        <translation>“{typed}”不是日期；请按 2020-05-01 或 20200501 的样式输入。</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>The last date is before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>DayHours</name>
    <message>
        <source>Open</source>
        <translation>开放</translation>
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
        <translation>请填写操作员姓名。</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>未知的角色。</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
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
        <source>Five wrong passwords: this account is locked for {minutes} minutes.</source>
        <translation>密码已连续输错五次：该账号锁定 {minutes} 分钟。</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password ({left} tries left before the account is locked).</source>
        <translation>用户名不存在或密码错误（再错 {left} 次账号将被锁定）。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for {minutes} more minutes.</source>
        <translation>密码错误次数过多：该账号还将锁定 {minutes} 分钟。</translation>
    </message>
    <message>
        <source>The user name {name} is already taken.</source>
        <translation>用户名 {name} 已被使用。</translation>
    </message>
    <message>
        <source>The last active administrator cannot be deactivated.</source>
        <translation>不能停用最后一位启用状态的管理员。</translation>
    </message>
    <message>
        <source>The date {date} lies in the future.</source>
        <translation>日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <source>The date {date} is before 1900.</source>
        <translation>日期 {date} 早于 1900 年。</translation>
    </message>
    <message>
        <source>Please enter the member's name.</source>
        <translation>请填写会员姓名。</translation>
    </message>
    <message>
        <source>A name has no digits; was a number typed into the name field?</source>
        <translation>姓名中不能有数字；是否把号码填进了姓名栏？</translation>
    </message>
    <message>
        <source>Please enter the ID number.</source>
        <translation>请填写证件号码。</translation>
    </message>
    <message>
        <source>This ID number should have {min} to {max} characters, not {length}.</source>
        <translation>证件号码应为 {min} 至 {max} 位，现为 {length} 位。</translation>
    </message>
    <message>
        <source>Please choose the gender.</source>
        <translation>请选择性别。</translation>
    </message>
    <message>
        <source>The gender does not match the ID number (its 17th digit is odd for men, even for women).</source>
        <translation>性别与身份证号不符（第 17 位奇数为男，偶数为女）。</translation>
    </message>
    <message>
        <source>The birth date does not match the ID number, which says {date}.</source>
        <translation>出生日期与身份证号不符，身份证号上的出生日期是 {date}。</translation>
    </message>
    <message>
        <source>The join date is before the birth date ({date}).</source>
        <translation>入会日期早于出生日期（{date}）。</translation>
    </message>
    <message>
        <source>The date cannot be before {date}.</source>
        <translation>日期不能早于 {date}。</translation>
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
        <source>The database {location} is damaged ({problem}) and was not opened, so nothing in it was changed. No good backup was found beside it; if you keep one elsewhere, restore it with station-app restore FILE, or call for help.</source>
        <translation>数据库 {location} 已损坏（{problem}），程序没有打开它，其中数据未作任何改动。旁边没有找到完好的备份；如果其他地方存有备份，请用命令 station-app restore &lt;备份文件路径&gt; 恢复，或请求技术支持。</translation>
    </message>
    <message>
        <source>The database {location} is damaged ({problem}) and was not opened, so nothing in it was changed. The newest good backup is {copy} ({taken_at}).</source>
        <translation>数据库 {location} 已损坏（{problem}），程序没有打开它，其中数据未作任何改动。最新的完好备份是 {copy}（{taken_at}）。</translation>
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
        <source>The database was busy; nothing was changed. Please try again.</source>
        <translation>数据库正忙，本次没有任何改动。请再试一次。</translation>
    </message>
    <message>
        <source>The database cannot be written (read-only disk or folder): nothing was saved. Check that {location} can be written to (not a write-protected USB drive, a read-only folder or share, or a standby server), then try again.</source>
        <translation>数据库无法写入（磁盘或文件夹为只读），本次内容没有保存。请确认 {location} 可以写入（不是写保护的U盘、只读文件夹或共享、备用服务器），然后重试。</translation>
    </message>
    <message>
        <source>The database in {location} could not be read or written ({reason}): nothing was saved. The drive may have been unplugged or be failing; check it, then run 检查数据 and make a backup before going on.</source>
        <translation>无法读写 {location} 中的数据库（{reason}），本次内容没有保存。磁盘可能已被拔出或出现故障；请检查后运行“检查数据”并做一次备份，再继续工作。</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space on the disk that holds {location} (empty the recycle bin, move old files off it), then try again.</source>
        <translation>磁盘已满，本次内容没有保存。请在存放 {location} 的磁盘上腾出空间（清空回收站、移走旧文件），然后重试。</translation>
    </message>
    <message>
        <source>The database is busy: another desk is saving. Nothing was changed; please try again in a moment.</source>
        <translation>数据库正忙：另一台电脑正在保存。本次没有任何改动，请稍后再试。</translation>
    </message>
    <message>
        <source>Please enter the room's name.</source>
        <translation>请输入场室名称。</translation>
    </message>
    <message>
        <source>This text is too long: at most {n} characters.</source>
        <translation>内容过长：最多 {n} 个字。</translation>
    </message>
    <message>
        <source>Unknown kind of room.</source>
        <translation>未知的场室类型。</translation>
    </message>
    <message>
        <source>The capacity is 1 to {n} people.</source>
        <translation>容纳人数为 1 至 {n} 人。</translation>
    </message>
    <message>
        <source>The slot is 5 to 240 minutes, in steps of 5.</source>
        <translation>时段长度为 5 至 240 分钟，以 5 分钟为单位。</translation>
    </message>
    <message>
        <source>The time between bookings is 0 to 120 minutes.</source>
        <translation>两次预约之间的间隔为 0 至 120 分钟。</translation>
    </message>
    <message>
        <source>A room must open before it closes.</source>
        <translation>开放时间必须早于关闭时间。</translation>
    </message>
    <message>
        <source>Unknown room.</source>
        <translation>未知的场室。</translation>
    </message>
    <message>
        <source>There is already a room called {name}.</source>
        <translation>已有名为 {name} 的场室。</translation>
    </message>
    <message>
        <source>{room} has {count} bookings from today on: move or cancel them before taking the room out of use.</source>
        <translation>{room} 从今天起还有 {count} 条预约：请先调整或取消这些预约，再停用该场室。</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>A booking starts and ends on the same day.</source>
        <translation>预约必须在同一天内开始和结束。</translation>
    </message>
    <message>
        <source>Unknown purpose.</source>
        <translation>未知的用途。</translation>
    </message>
    <message>
        <source>At least one person attends.</source>
        <translation>至少一人参加。</translation>
    </message>
    <message>
        <source>Please choose a member or enter the caller's name and mobile.</source>
        <translation>请选择会员，或填写来电人姓名和手机号。</translation>
    </message>
    <message>
        <source>Please enter the caller's mobile number.</source>
        <translation>请填写来电人的手机号。</translation>
    </message>
    <message>
        <source>Please give the reason for cancelling.</source>
        <translation>请填写取消原因。</translation>
    </message>
    <message>
        <source>This booking no longer exists.</source>
        <translation>该预约已不存在。</translation>
    </message>
    <message>
        <source>{room} is not in use at present.</source>
        <translation>{room} 目前停用。</translation>
    </message>
    <message>
        <source>{room} holds at most {capacity} people.</source>
        <translation>{room} 最多容纳 {capacity} 人。</translation>
    </message>
    <message>
        <source>The requester is not on the member list.</source>
        <translation>预约人不在会员名单中。</translation>
    </message>
    <message>
        <source>A booking cannot last longer than a day.</source>
        <translation>一次预约不能超过一天。</translation>
    </message>
    <message>
        <source>{date} is a holiday ({name}): the rooms are closed.</source>
        <translation>{date} 是节假日（{name}）：场室不开放。</translation>
    </message>
    <message>
        <source>{date} is a holiday: the rooms are closed.</source>
        <translation>{date} 是节假日：场室不开放。</translation>
    </message>
    <message>
        <source>{date} is a weekend day: the rooms are closed.</source>
        <translation>{date} 是周末：场室不开放。</translation>
    </message>
    <message>
        <source>{room} is closed on {date}.</source>
        <translation>{room} 在 {date} 不开放。</translation>
    </message>
    <message>
        <source>{room} is open {opens}–{closes} on {date}: the booking must fit inside.</source>
        <translation>{room} 在 {date} 的开放时间为 {opens}–{closes}：预约须在此时间内。</translation>
    </message>
    <message>
        <source>{time} has already passed: only an administrator may record a past session.</source>
        <translation>{time} 已过：只有管理员可以补录过去的预约。</translation>
    </message>
    <message>
        <source>Too close to the booking at {time}: the room needs time between bookings.</source>
        <translation>与 {time} 的预约间隔太近：场室在两次预约之间需要整理时间。</translation>
    </message>
    <message>
        <source>The room is already booked at {time}.</source>
        <translation>该场室在 {time} 已被预约。</translation>
    </message>
    <message>
        <source>Too close to “{title}” at {time}: the room needs time between bookings.</source>
        <translation>与 {time} 的“{title}”间隔太近：场室在两次预约之间需要整理时间。</translation>
    </message>
    <message>
        <source>The room is already booked at {time}: “{title}”.</source>
        <translation>该场室在 {time} 已被预约：“{title}”。</translation>
    </message>
    <message>
        <source>This booking is private: only an administrator or the operator who made it may change it.</source>
        <translation>这是私密预约：只有管理员或办理该预约的经办人可以修改。</translation>
    </message>
    <message>
        <source>Another desk has just booked this time. Nothing was saved; please choose another time.</source>
        <translation>另一台电脑刚刚预约了这个时段。本次未保存，请选择其他时间。</translation>
    </message>
    <message>
        <source>Only a booked session can be changed.</source>
        <translation>只有“已预约”状态的预约可以修改。</translation>
    </message>
    <message>
        <source>This session has started: only an administrator may change it.</source>
        <translation>该预约已开始：只有管理员可以修改。</translation>
    </message>
    <message>
        <source>Only a booked session can be cancelled.</source>
        <translation>只有“已预约”状态的预约可以取消。</translation>
    </message>
    <message>
        <source>This session has started and cannot be cancelled: mark it as completed or as a no-show.</source>
        <translation>该预约已开始，不能取消：请标记为已完成或爽约。</translation>
    </message>
    <message>
        <source>Only a booked session can be checked in.</source>
        <translation>只有“已预约”状态的预约可以签到。</translation>
    </message>
    <message>
        <source>Check-in is only possible on the day of the booking.</source>
        <translation>只能在预约当天签到。</translation>
    </message>
    <message>
        <source>Only a booked or checked-in session can be completed.</source>
        <translation>只有已预约或已签到的预约可以标记为完成。</translation>
    </message>
    <message>
        <source>A session can be completed only once it has started.</source>
        <translation>预约开始后才能标记为完成。</translation>
    </message>
    <message>
        <source>Only a booked session can be marked a no-show.</source>
        <translation>只有“已预约”状态的预约可以标记为爽约。</translation>
    </message>
    <message>
        <source>A booking becomes a no-show only after its start time.</source>
        <translation>过了开始时间才能标记为爽约。</translation>
    </message>
    <message>
        <source>Every date is skipped: there is nothing to book.</source>
        <translation>所有日期都已跳过：没有可预约的日期。</translation>
    </message>
    <message>
        <source>A booking repeats every 1 to {n} weeks.</source>
        <translation>重复间隔为 1 至 {n} 周。</translation>
    </message>
    <message>
        <source>Please choose either an end date or a number of times for the repeat.</source>
        <translation>请为重复预约选择结束日期或重复次数（二选一）。</translation>
    </message>
    <message>
        <source>A repeat has 1 to {n} dates.</source>
        <translation>重复预约共 1 至 {n} 次。</translation>
    </message>
    <message>
        <source>The repeat ends before the first date.</source>
        <translation>重复的结束日期早于第一次的日期。</translation>
    </message>
    <message>
        <source>Please enter the amount.</source>
        <translation>请填写金额。</translation>
    </message>
    <message>
        <source>{value} is not an amount of money, e.g. 12.50.</source>
        <translation>{value} 不是有效金额，例如 12.50。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places (fen).</source>
        <translation>金额最多保留两位小数（到分）。</translation>
    </message>
    <message>
        <source>This amount is too large: at most {max}.</source>
        <translation>金额过大：最多 {max}。</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>请填写整数。</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>This quantity is too large: at most {max}.</source>
        <translation>数量过大：最多 {max}。</translation>
    </message>
    <message>
        <source>Not enough stock: another desk has just used it. Nothing was changed; check the stock and try again.</source>
        <translation>库存不足：另一台电脑刚刚发放了。本次没有任何改动，请核对库存后重试。</translation>
    </message>
    <message>
        <source>This campaign is no longer on file.</source>
        <translation>找不到该慰问活动，可能已被删除。</translation>
    </message>
    <message>
        <source>The campaign {name} has not been opened yet: its list is not frozen.</source>
        <translation>慰问活动“{name}”尚未开始发放：名单还未锁定。</translation>
    </message>
    <message>
        <source>The campaign {name} is already open: its package and rule can no longer change.</source>
        <translation>慰问活动“{name}”已开始发放：慰问品组合和发放条件不能再修改。</translation>
    </message>
    <message>
        <source>The campaign {name} is closed.</source>
        <translation>慰问活动“{name}”已结束。</translation>
    </message>
    <message>
        <source>Unknown choice: {value}.</source>
        <translation>未知选项：{value}。</translation>
    </message>
    <message>
        <source>Nothing has been handed out to this recipient; no receipt.</source>
        <translation>该人员尚未领取，没有领取凭证。</translation>
    </message>
    <message>
        <source>The chosen community is no longer on file.</source>
        <translation>所选社区已不存在。</translation>
    </message>
    <message>
        <source>The chosen unit is no longer on file.</source>
        <translation>所选单位已不存在。</translation>
    </message>
    <message>
        <source>Already handed out on {time} by {operator} (receipt {receipt_no}). Nothing was changed.</source>
        <translation>已于 {time} 由 {operator} 发放（凭证号 {receipt_no}）。本次没有任何改动。</translation>
    </message>
    <message>
        <source>This recipient is no longer on the campaign's list.</source>
        <translation>该人员已不在本次慰问活动的发放名单中。</translation>
    </message>
    <message>
        <source>This member was taken off the list on {date} ({reason}); nothing is due.</source>
        <translation>该会员已于 {date} 移出名单（{reason}），无需发放。</translation>
    </message>
    <message>
        <source>Please enter the name of the person collecting.</source>
        <translation>请填写代领人姓名。</translation>
    </message>
    <message>
        <source>Not enough stock for this package: {items}. Nothing was handed out; receive more stock first.</source>
        <translation>库存不足以发放这份慰问品：{items}。本次未发放，请先入库。</translation>
    </message>
    <message>
        <source>Nothing has been handed out to this recipient; nothing to undo.</source>
        <translation>该人员尚未领取，无需撤销。</translation>
    </message>
    <message>
        <source>Only today's hand-outs can be undone; this one was on {date}. An administrator can correct the stock with a count.</source>
        <translation>只能撤销当天的发放；这次发放在 {date}。管理员可以通过盘点更正库存。</translation>
    </message>
    <message>
        <source>Another desk changed this hand-out a moment ago; nothing was undone.</source>
        <translation>另一台电脑刚刚修改了这次发放，本次未撤销。</translation>
    </message>
    <message>
        <source>Please enter the campaign's name.</source>
        <translation>请填写慰问活动名称。</translation>
    </message>
    <message>
        <source>Please choose the kind of campaign.</source>
        <translation>请选择慰问活动类型。</translation>
    </message>
    <message>
        <source>Please enter the campaign's dates.</source>
        <translation>请填写慰问活动起止日期。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>An item appears twice in the package.</source>
        <translation>慰问品组合中有重复的物品。</translation>
    </message>
    <message>
        <source>This gift item is no longer on file.</source>
        <translation>找不到该慰问品，可能已被删除。</translation>
    </message>
    <message>
        <source>This text contains a hidden character ({code}) that cannot be saved; please type the text again without it.</source>
        <translation>内容中含有无法保存的不可见字符（{code}），请删去后重新填写。</translation>
    </message>
    <message>
        <source>This is too long: at most {max} characters, not {length}.</source>
        <translation>内容过长：最多 {max} 个字，现为 {length} 个字。</translation>
    </message>
    <message>
        <source>A campaign named {name} already exists.</source>
        <translation>已有名为“{name}”的慰问活动。</translation>
    </message>
    <message>
        <source>The package is empty: add at least one item or a cash amount.</source>
        <translation>慰问品组合为空：请至少添加一种物品或慰问金。</translation>
    </message>
    <message>
        <source>No member meets this campaign's rule: the list would be empty.</source>
        <translation>没有会员符合本次慰问活动的条件：名单将为空。</translation>
    </message>
    <message>
        <source>There is not enough stock or budget for all {count} recipients. Receive more stock or change the plan; an administrator may open it anyway as a partial plan.</source>
        <translation>库存或预算不足以覆盖全部 {count} 人。请先入库或修改慰问活动；管理员可确认按部分发放开始。</translation>
    </message>
    <message>
        <source>Please enter why this member is added to the list.</source>
        <translation>请填写将该会员加入名单的原因。</translation>
    </message>
    <message>
        <source>{name} is already on this campaign's list.</source>
        <translation>{name} 已在本次慰问活动的名单中。</translation>
    </message>
    <message>
        <source>Please enter why this member is removed from the list.</source>
        <translation>请填写将该会员移出名单的原因。</translation>
    </message>
    <message>
        <source>This recipient has already received the package; undo the hand-out before removing them.</source>
        <translation>该人员已领取慰问品；请先撤销发放再移出名单。</translation>
    </message>
    <message>
        <source>Please enter the item's name.</source>
        <translation>请填写物品名称。</translation>
    </message>
    <message>
        <source>Please enter the unit, e.g. 袋, 桶, 张 or 份.</source>
        <translation>请填写计量单位，例如袋、桶、张或份。</translation>
    </message>
    <message>
        <source>A gift item named {name} already exists.</source>
        <translation>已有名为“{name}”的慰问品。</translation>
    </message>
    <message>
        <source>Please enter where the stock came from.</source>
        <translation>请填写物品来源。</translation>
    </message>
    <message>
        <source>Please enter the reason for the difference.</source>
        <translation>请填写盘点差异的原因。</translation>
    </message>
    <message>
        <source>Please enter why the stock is written off.</source>
        <translation>请填写报损原因。</translation>
    </message>
    <message>
        <source>Only {on_hand} {unit} of {name} are in stock; {quantity} cannot be written off.</source>
        <translation>{name} 库存仅 {on_hand} {unit}，不能报损 {quantity}。</translation>
    </message>
    <message>
        <source>No operator has the user name {name}.</source>
        <translation>没有用户名为 {name} 的操作员。</translation>
    </message>
    <message>
        <source>No community is called {name}.</source>
        <translation>没有名为 {name} 的社区。</translation>
    </message>
    <message>
        <source>No member has the number {member_no}.</source>
        <translation>没有会员号为 {member_no} 的会员。</translation>
    </message>
    <message>
        <source>Choose the unit from the list, or add it with “New unit…”.</source>
        <translation>请从列表中选择单位，或点“新建单位…”添加。</translation>
    </message>
    <message>
        <source>This unit is no longer on file; it may have been removed.</source>
        <translation>找不到该单位记录，可能已被删除。</translation>
    </message>
    <message>
        <source>The credit code {uscc} is already registered to the unit {name}.</source>
        <translation>统一社会信用代码 {uscc} 已登记为单位“{name}”。</translation>
    </message>
    <message>
        <source>A unit named {name} is already on file.</source>
        <translation>已有名为“{name}”的单位。</translation>
    </message>
    <message>
        <source>Write one of {choices} here, not {value}.</source>
        <translation>此处应填写 {choices} 之一，而不是“{value}”。</translation>
    </message>
    <message>
        <source>{value} is not a date; write dates like 2024-03-05.</source>
        <translation>“{value}”不是日期，请按 2024-03-05 的格式填写。</translation>
    </message>
    <message>
        <source>Write a whole number here, not {value}.</source>
        <translation>此处应填写整数，而不是“{value}”。</translation>
    </message>
    <message>
        <source>Excel stored {value} as a number and lost its last digits; format the column as text and type the number again.</source>
        <translation>Excel 把 {value} 存成了数字，末尾几位已丢失；请把该列设为文本格式后重新输入号码。</translation>
    </message>
    <message>
        <source>The community {name} is not on file. Communities on file: {known}.</source>
        <translation>系统中没有“{name}”这个社区。现有社区：{known}。</translation>
    </message>
    <message>
        <source>Already on file as member no. {member_no}.</source>
        <translation>已登记，会员号 {member_no}。</translation>
    </message>
    <message>
        <source>Repeats row {line} of this sheet.</source>
        <translation>与本表第 {line} 行重复。</translation>
    </message>
    <message>
        <source>Row {line} of this sheet has the same ID number for {name}.</source>
        <translation>本表第 {line} 行的 {name} 使用了相同的证件号码。</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>文件 {file} 不存在。</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {reason}.</source>
        <translation>无法读取文件 {file}：{reason}。</translation>
    </message>
    <message>
        <source>{file} is an old .xls workbook or is protected by a password. Open it in Excel or WPS and save it as an .xlsx workbook without a password.</source>
        <translation>{file} 是旧版 .xls 工作簿或设有密码。请用 Excel 或 WPS 打开，另存为不设密码的 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes): it was not saved or copied completely. Save or copy it again.</source>
        <translation>{file} 是空文件（0 字节），可能没有完整保存或复制。请重新保存或复制。</translation>
    </message>
    <message>
        <source>{file} is neither an Excel workbook (.xlsx) nor a CSV file.</source>
        <translation>{file} 既不是 Excel 工作簿（.xlsx），也不是 CSV 文件。</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read. Open it in Excel or WPS and save it again as an .xlsx workbook.</source>
        <translation>{file} 已损坏，无法读取。请用 Excel 或 WPS 打开，重新另存为 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>The program cannot read the text encoding of {file} (it is neither UTF-8 nor GBK). Save it as an .xlsx workbook, or as a CSV file in UTF-8 or GBK.</source>
        <translation>无法识别 {file} 的文字编码（既不是 UTF-8 也不是 GBK）。请将其另存为 .xlsx 工作簿，或另存为 UTF-8 或 GBK 编码的 CSV 文件。</translation>
    </message>
    <message>
        <source>{file} has no rows to import.</source>
        <translation>{file} 中没有可导入的行。</translation>
    </message>
    <message>
        <source>This member was already transferred out on {date}.</source>
        <translation>该会员已于 {date} 转出。</translation>
    </message>
    <message>
        <source>This member already withdrew on {date}.</source>
        <translation>该会员已于 {date} 退会。</translation>
    </message>
    <message>
        <source>This member is active; there is nothing to reinstate.</source>
        <translation>该会员为在册会员，无需恢复会籍。</translation>
    </message>
    <message>
        <source>Please enter where the member is transferred to.</source>
        <translation>请填写转往的工会组织。</translation>
    </message>
    <message>
        <source>Please enter the reason for withdrawing.</source>
        <translation>请填写退会原因。</translation>
    </message>
    <message>
        <source>Already on file as {name}.</source>
        <translation>已登记为“{name}”。</translation>
    </message>
    <message>
        <source>This member is no longer on file; it may have been removed.</source>
        <translation>找不到该会员记录，可能已被删除。</translation>
    </message>
    <message>
        <source>This ID number is already registered to {name} (member no. {member_no}).</source>
        <translation>该证件号码已登记给 {name}（会员号 {member_no}）。</translation>
    </message>
    <message>
        <source>This ID number belongs to {name} (member no. {member_no}), who is no longer an active member; open the record to reinstate them.</source>
        <translation>该证件号码属于 {name}（会员号 {member_no}），其已转出或退会；请打开该记录办理恢复会籍。</translation>
    </message>
    <message>
        <source>Another desk saved a conflicting record at the same moment. Nothing was changed; please try again.</source>
        <translation>另一台电脑刚刚保存了冲突的记录。本次未做任何更改，请重试。</translation>
    </message>
    <message>
        <source>Two columns are both set to {column}; keep one.</source>
        <translation>有两列都设为“{column}”，请只保留一列。</translation>
    </message>
    <message>
        <source>The sheet has no column for {column} ({header}); choose it in the column step.</source>
        <translation>表格中没有“{column}”列（表头“{header}”）；请在“导入为”一栏中为相应的列选定该项。</translation>
    </message>
    <message>
        <source>Enter a mobile number (11 digits) or a telephone number such as 010-65123456.</source>
        <translation>请填写 11 位手机号或固定电话，例如 010-65123456。</translation>
    </message>
    <message>
        <source>Please enter the unit's name.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>职工人数不能为负数。</translation>
    </message>
    <message>
        <source>The number of employees is at most {max}.</source>
        <translation>职工人数最多为 {max}。</translation>
    </message>
    <message>
        <source>A unit without a union has no founding date; clear the date.</source>
        <translation>未建会的单位没有建会日期，请清空日期。</translation>
    </message>
    <message>
        <source>A unit without a union has no union name; clear the name.</source>
        <translation>未建会的单位没有工会名称，请清空名称。</translation>
    </message>
    <message>
        <source>A unit without a union has no union chair; clear the chair.</source>
        <translation>未建会的单位没有工会主席，请清空此项。</translation>
    </message>
    <message>
        <source>Please enter the date the union was founded.</source>
        <translation>请填写建会日期。</translation>
    </message>
    <message>
        <source>A community named {name} already exists.</source>
        <translation>社区“{name}”已存在。</translation>
    </message>
    <message>
        <source>This community is no longer on file; look again.</source>
        <translation>这个社区已不存在，请刷新后再看。</translation>
    </message>
    <message>
        <source>The community {name} is retired; it is not offered for new records.</source>
        <translation>社区“{name}”已停用，新登记的记录不能再选它。</translation>
    </message>
    <message>
        <source>Please enter the community's name.</source>
        <translation>请填写社区名称。</translation>
    </message>
    <message>
        <source>The communities were changed at another desk meanwhile; look again.</source>
        <translation>社区列表刚在另一台电脑上被修改，请刷新后再操作。</translation>
    </message>
    <message>
        <source>The database {location} must be brought up to this version's schema, and this login may not change the schema ({reason}). Nothing was changed. Run station-app upgrade once as the database's owner, then start again.</source>
        <translation>数据库 {location} 需要升级到本版本的数据结构，而当前登录的数据库账号无权修改数据结构（{reason}）。没有任何改动。请先用数据库所有者账号运行一次 station-app upgrade，再重新启动。</translation>
    </message>
    <message>
        <source>The database {location} is in use by another program and could not be upgraded. Close the other program and start again.</source>
        <translation>数据库 {location} 正被其他程序使用，无法升级。请关闭该程序后重新启动。</translation>
    </message>
    <message>
        <source>The database {location} could not be opened: {reason}. Check the path or that the database server is running.</source>
        <translation>无法打开数据库 {location}：{reason}。请检查路径，或确认数据库服务器已启动。</translation>
    </message>
    <message>
        <source>A date is either a holiday or a working day.</source>
        <translation>日期只能设为放假或上班。</translation>
    </message>
    <message>
        <source>The name may have at most {n} characters.</source>
        <translation>名称最多 {n} 个字。</translation>
    </message>
    <message>
        <source>The arrangement for {year} is built in: change single days as the station's own entries instead.</source>
        <translation>{year} 年的放假调休安排已内置：如需调整，请逐日录入本站自定日期。</translation>
    </message>
    <message>
        <source>This team is no longer on file.</source>
        <translation>该队伍已不存在。</translation>
    </message>
    <message>
        <source>This volunteer is no longer on file.</source>
        <translation>该志愿者已不存在。</translation>
    </message>
    <message>
        <source>This activity is no longer on file.</source>
        <translation>该服务活动已不存在。</translation>
    </message>
    <message>
        <source>This shift is no longer on file.</source>
        <translation>该班次已不存在。</translation>
    </message>
    <message>
        <source>This volunteer is no longer on the shift.</source>
        <translation>该志愿者已不在这个班次上。</translation>
    </message>
    <message>
        <source>A team named {name} already exists.</source>
        <translation>已有名为 {name} 的队伍。</translation>
    </message>
    <message>
        <source>The team above this one is no longer on file.</source>
        <translation>上级队伍已不存在。</translation>
    </message>
    <message>
        <source>A team cannot be placed under itself or its own squads.</source>
        <translation>队伍不能隶属于它自己或它下属的分队。</translation>
    </message>
    <message>
        <source>This community is no longer on file.</source>
        <translation>该社区已不存在。</translation>
    </message>
    <message>
        <source>The leader must be a volunteer of this team or its squads.</source>
        <translation>队长必须是本队或下属分队的志愿者。</translation>
    </message>
    <message>
        <source>Please enter the team's name.</source>
        <translation>请填写队伍名称。</translation>
    </message>
    <message>
        <source>Please enter the skill.</source>
        <translation>请填写特长名称。</translation>
    </message>
    <message>
        <source>Please enter the activity's title.</source>
        <translation>请填写服务活动名称。</translation>
    </message>
    <message>
        <source>Please choose the kind of activity.</source>
        <translation>请选择服务活动类别。</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>An activity lasts at most {days} days.</source>
        <translation>一次服务活动最长 {days} 天。</translation>
    </message>
    <message>
        <source>A shift lasts at most 24 hours.</source>
        <translation>一个班次最长 24 小时。</translation>
    </message>
    <message>
        <source>The shift must lie on the activity's days ({first} to {last}).</source>
        <translation>班次必须在服务活动的日期内（{first} 至 {last}）。</translation>
    </message>
    <message>
        <source>A shift needs 1 to {max} volunteers.</source>
        <translation>每个班次需要 1 至 {max} 名志愿者。</translation>
    </message>
    <message>
        <source>Please give the reason for letting the shifts overlap.</source>
        <translation>请填写特批班次时间重叠的原因。</translation>
    </message>
    <message>
        <source>Hours are a number, for example 2.5.</source>
        <translation>服务时长须为数字，例如 2.5。</translation>
    </message>
    <message>
        <source>Hours must lie between 0 and {max}.</source>
        <translation>服务时长须在 0 至 {max} 小时之间。</translation>
    </message>
    <message>
        <source>Please give the reason for correcting the hours.</source>
        <translation>请填写更正服务时长的原因。</translation>
    </message>
    <message>
        <source>This shift begins {start}: attendance can be recorded once it has begun.</source>
        <translation>该班次时间为 {start}，开始后才能登记到岗情况。</translation>
    </message>
    <message>
        <source>Only an administrator may let a volunteer's shifts overlap.</source>
        <translation>只有管理员可以特批志愿者的班次时间重叠。</translation>
    </message>
    <message>
        <source>{name} is no longer an active volunteer.</source>
        <translation>{name} 已不是在册志愿者。</translation>
    </message>
    <message>
        <source>Attendance is recorded for this volunteer; change the status instead.</source>
        <translation>该志愿者已登记到岗情况，不能移出，请改为修改状态。</translation>
    </message>
    <message>
        <source>This assignment is cancelled; it has no hours.</source>
        <translation>该安排已取消，没有服务时长。</translation>
    </message>
    <message>
        <source>{name} is already on another shift at that time: {activity}{role}, {span}. An administrator may still assign them, giving a reason.</source>
        <translation>{name} 在该时间已有其他班次：{activity}{role}，{span}。管理员可填写原因后特批安排。</translation>
    </message>
    <message>
        <source>{name} is already on this shift.</source>
        <translation>{name} 已在这个班次上。</translation>
    </message>
    <message>
        <source>Another desk has just put {name} on a shift at this time. Nothing was saved; please look at the roster again.</source>
        <translation>另一台电脑刚刚把 {name} 安排到这个时间的班次，本次未保存；请重新查看排班表。</translation>
    </message>
    <message>
        <source>{name} is a volunteer already.</source>
        <translation>{name} 已经是志愿者。</translation>
    </message>
    <message>
        <source>This ID number is on file already, for the volunteer {name}.</source>
        <translation>该证件号码已登记，对应志愿者 {name}。</translation>
    </message>
    <message>
        <source>A volunteer's member cannot be changed; add the other person as a new volunteer.</source>
        <translation>志愿者对应的会员不能更改；请把另一个人作为新志愿者添加。</translation>
    </message>
    <message>
        <source>This team is no longer active.</source>
        <translation>该队伍已停用。</translation>
    </message>
    <message>
        <source>This skill is no longer on the list.</source>
        <translation>该特长已不在列表中。</translation>
    </message>
    <message>
        <source>This member is no longer on file.</source>
        <translation>该会员已不存在。</translation>
    </message>
    <message>
        <source>{name} has left the union (transferred or withdrawn); reinstate the member first.</source>
        <translation>{name} 已转出或退会，请先恢复会籍。</translation>
    </message>
    <message>
        <source>This ID number belongs to the member {name} ({member_no}): pick the member instead.</source>
        <translation>该证件号码属于会员 {name}（{member_no}），请直接选择该会员。</translation>
    </message>
    <message>
        <source>Another desk has just changed this record; nothing was saved.</source>
        <translation>另一台电脑刚刚修改了这条记录，本次未保存。</translation>
    </message>
    <message>
        <source>The skill {name} is on the list already.</source>
        <translation>特长“{name}”已在列表中。</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>证明期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>{name} has no attended service from {first} to {last}: there is nothing to certify.</source>
        <translation>{name} 在 {first} 至 {last} 期间没有到岗服务记录，无法出具证明。</translation>
    </message>
    <message>
        <source>The shift {span} would lie outside the activity's new days; move or delete it first.</source>
        <translation>班次 {span} 将落在服务活动的新日期之外，请先调整或删除该班次。</translation>
    </message>
    <message>
        <source>{count} volunteers are on this activity's shifts: take them off before deleting it.</source>
        <translation>该服务活动的班次上还有 {count} 名志愿者，请先移出后再删除。</translation>
    </message>
    <message>
        <source>{count} volunteers are on this shift: take them off before deleting it.</source>
        <translation>该班次上还有 {count} 名志愿者，请先移出后再删除。</translation>
    </message>
    <message>
        <source>{folder} cannot be reached (is the USB drive plugged in?)</source>
        <translation>{folder} 无法访问（U盘插好了吗？）</translation>
    </message>
    <message>
        <source>Please choose a full folder path, e.g. E:\StationBackups.</source>
        <translation>请选择完整的文件夹路径，例如 E:\工会备份。</translation>
    </message>
    <message>
        <source>The copy of the database did not pass its check ({problem}); it was not kept. Run 检查数据 to see whether the database itself is damaged.</source>
        <translation>数据库副本未通过校验（{problem}），未予保留。请运行“检查数据”，查看数据库本身是否损坏。</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: {reason}.</source>
        <translation>备份无法写入 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>That file is the database itself; choose another name.</source>
        <translation>该文件就是数据库本身，请换一个文件名。</translation>
    </message>
    <message>
        <source>{tool} was not found on this PC, so the PostgreSQL database cannot be backed up or restored from here. Install the PostgreSQL client tools (Debian/Ubuntu: apt-get install postgresql-client; Windows: the PostgreSQL installer's Command Line Tools) or ask the server's administrator to run pg_dump on the server.</source>
        <translation>本机未找到 {tool}，无法在此备份或恢复 PostgreSQL 数据库。请安装 PostgreSQL 客户端工具（Debian/Ubuntu：apt-get install postgresql-client；Windows：PostgreSQL 安装程序中的 Command Line Tools），或请服务器管理员在服务器上运行 pg_dump。</translation>
    </message>
    <message>
        <source>{tool} failed: {reason}</source>
        <translation>{tool} 运行失败：{reason}</translation>
    </message>
    <message>
        <source>The file {file} is not a readable pg_dump archive ({problem}); it was not restored.</source>
        <translation>文件 {file} 不是可读取的 pg_dump 备份档案（{problem}），未予恢复。</translation>
    </message>
    <message>
        <source>The file {file} is not a Station Desk database; it was not restored.</source>
        <translation>文件 {file} 不是工会服务站前台的数据库，未予恢复。</translation>
    </message>
    <message>
        <source>The file {file} was written by a newer version of Station Desk (schema {revision}); this version cannot open it, so it was not restored.</source>
        <translation>文件 {file} 由更新版本的工会服务站前台写入（结构版本 {revision}），本版本无法打开，未予恢复。</translation>
    </message>
    <message>
        <source>The file {file} is damaged or not a database ({problem}); it was not restored and the current database is unchanged.</source>
        <translation>文件 {file} 已损坏或不是数据库（{problem}），未予恢复，当前数据库保持不变。</translation>
    </message>
    <message>
        <source>That file is the database itself; choose a backup.</source>
        <translation>该文件就是数据库本身，请选择一个备份文件。</translation>
    </message>
    <message>
        <source>The database is open in another program or on another desk. Close Station Desk everywhere else, then restore again. Nothing was changed.</source>
        <translation>数据库正被其他程序或其他电脑打开。请先关闭其他地方的工会服务站前台，再重新恢复。数据未作任何改动。</translation>
    </message>
    <message>
        <source>Enter a year from {first} to {last}.</source>
        <translation>请输入 {first} 至 {last} 之间的年份。</translation>
    </message>
    <message>
        <source>{first} to {last}: the range ends before it starts.</source>
        <translation>{first} 至 {last}：结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>{first} to {last} is longer than {n} days: check the dates.</source>
        <translation>{first} 至 {last} 超过 {n} 天，请核对日期。</translation>
    </message>
    <message>
        <source>Days off from {first} to {last} neither contain nor touch a statutory holiday of {year}.</source>
        <translation>{first} 至 {last} 的放假日期既不包含也不紧邻 {year} 年的法定节假日。</translation>
    </message>
    <message>
        <source>{date} is entered twice.</source>
        <translation>{date} 重复录入了。</translation>
    </message>
    <message>
        <source>{date} is not a Saturday or Sunday: a working day in lieu is always a weekend day.</source>
        <translation>{date} 不是周六或周日：调休上班日只能是周末。</translation>
    </message>
    <message>
        <source>{date} cannot be both a day off and a working day.</source>
        <translation>{date} 不能既放假又上班。</translation>
    </message>
    <message>
        <source>{date} is a statutory holiday: it cannot be a working day.</source>
        <translation>{date} 是法定节假日，不能安排上班。</translation>
    </message>
    <message>
        <source>{date} is more than {n} days away from any days off of {year}: a working day in lieu belongs to a holiday.</source>
        <translation>{date} 距 {year} 年的所有放假日期都超过 {n} 天：调休上班日应属于某个节日的安排。</translation>
    </message>
    <message>
        <source>The two new passwords differ; please type them again.</source>
        <translation>两次输入的新密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>This unit is no longer on file. Please refresh the list.</source>
        <translation>该单位已不在系统中，请刷新列表。</translation>
    </message>
    <message>
        <source>This contact note is no longer on file. Please refresh.</source>
        <translation>该联系记录已不在系统中，请刷新。</translation>
    </message>
    <message>
        <source>This operator is no longer active. Please choose another.</source>
        <translation>该操作员已停用，请另选一位。</translation>
    </message>
    <message>
        <source>Please enter the date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>Please choose what happened.</source>
        <translation>请选择联系事项。</translation>
    </message>
    <message>
        <source>The report's period ends before it starts.</source>
        <translation>统计期间的结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>Save blank template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <source>The file could not be saved: {error}</source>
        <translation>文件未能保存：{error}</translation>
    </message>
    <message>
        <source>The blank template was saved as {file}. Its second sheet explains each column.</source>
        <translation>空白模板已保存为 {file}。第二个工作表“填写说明”逐列说明了填写要求。</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>导出会员</translation>
    </message>
    <message>
        <source>Include full ID numbers and mobile numbers? Choose No for masked values (110106********123X), which is enough for most purposes. Exports with full values are recorded in the audit log.</source>
        <translation>是否导出完整的证件号码和手机号？选“否”则导出隐去部分数字的号码（110106********123X），一般用途已足够。导出完整号码会记入操作日志。</translation>
    </message>
    <message>
        <source>Only members who joined between these dates</source>
        <translation>只导出在此期间入会的会员</translation>
    </message>
    <message>
        <source>Exporting members…</source>
        <translation>正在导出会员…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{rows} members were exported to {file}.</source>
        <translation>已将 {rows} 名会员导出到 {file}。</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export bookings to Excel</source>
        <translation>导出预约到 Excel</translation>
    </message>
    <message>
        <source>Export bookings to a calendar file</source>
        <translation>导出预约到日历文件</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>全部场室</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>场室</translation>
    </message>
    <message>
        <source>The spreadsheet shows what you may see: mobile numbers masked, private bookings you did not make as “Booked” only.</source>
        <translation>表格只包含您有权查看的内容：手机号隐去部分数字，不是您办理的私密预约只显示“已预约”。</translation>
    </message>
    <message>
        <source>Calendar files travel to phones and shared calendars: private bookings are “Booked” only and no event carries a requester's name or number.</source>
        <translation>日历文件会同步到手机和共享日历：私密预约只显示“已预约”，任何日程都不含预约人姓名和号码。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>The last date is before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>{compared_with} {previous}, {change} ({percent})</source>
        <translation>{compared_with} {previous}，增减 {change}（{percent}）</translation>
    </message>
</context>
<context>
    <name>HandoutPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the campaigns and figures again (other desks hand out too)</source>
        <translation>重新读取慰问活动和统计数字（其他电脑也在发放）</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>慰问活动：</translation>
    </message>
    <message>
        <source>ID number, name, pinyin initials, mobile tail or member number (Ctrl+F)</source>
        <translation>证件号码、姓名、拼音首字母、手机尾号或会员号 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Collected on behalf (代领)</source>
        <translation>代领</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>与本人关系</translation>
    </message>
    <message>
        <source>Hand out (Enter)</source>
        <translation>确认发放 (Enter)</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>打印领取凭证</translation>
    </message>
    <message>
        <source>Undo today's hand-out…</source>
        <translation>撤销当日发放…</translation>
    </message>
    <message>
        <source>Print the receipt after each hand-out</source>
        <translation>每次发放后打印领取凭证</translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation>打印领取凭证 (Ctrl+P)</translation>
    </message>
    <message>
        <source>No campaign is open</source>
        <translation>没有正在发放的慰问活动</translation>
    </message>
    <message>
        <source>Open a campaign on the Campaigns page to hand out gifts.</source>
        <translation>请先在“慰问活动”页选择一个慰问活动并开始发放。</translation>
    </message>
    <message>
        <source>cash ¥{amount}</source>
        <translation>慰问金 ¥{amount}</translation>
    </message>
    <message>
        <source>Each recipient: {package}</source>
        <translation>每人：{package}</translation>
    </message>
    <message>
        <source>Type or paste to find the person.</source>
        <translation>输入或粘贴以查找人员。</translation>
    </message>
    <message>
        <source>Nobody found for “{text}”.</source>
        <translation>未找到“{text}”。</translation>
    </message>
    <message>
        <source>One person found.</source>
        <translation>找到 1 人。</translation>
    </message>
    <message>
        <source>{count} people match “{text}”: pick one with the arrow keys or a click.</source>
        <translation>找到 {count} 人符合“{text}”，请用方向键或鼠标点选其中一人。</translation>
    </message>
    <message>
        <source>{count} people match: pick the person in the list first (arrow keys or a click). Nothing was handed out.</source>
        <translation>找到 {count} 人，请先在列表中选定领取人（方向键或鼠标点选）。未发放。</translation>
    </message>
    <message>
        <source>Receipt {receipt_no}</source>
        <translation>领取凭证 {receipt_no}</translation>
    </message>
    <message>
        <source>collected by {name}</source>
        <translation>{name} 代领</translation>
    </message>
    <message>
        <source>Not handed out: {why}</source>
        <translation>未发放：{why}</translation>
    </message>
    <message>
        <source>Handed out to {name}: {items}. Receipt {receipt_no}.</source>
        <translation>已发放给 {name}：{items}。凭证号 {receipt_no}。</translation>
    </message>
    <message>
        <source>Undo hand-out</source>
        <translation>撤销发放</translation>
    </message>
    <message>
        <source>Undo the hand-out to {name} (receipt {receipt_no})? The stock comes back.
Reason:</source>
        <translation>撤销对 {name} 的发放（凭证 {receipt_no}）？物品将退回库存。
原因：</translation>
    </message>
    <message>
        <source>The hand-out to {name} was undone; the stock is back.</source>
        <translation>已撤销对 {name} 的发放，物品已退回库存。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>领取凭证</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year's Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Tomb-sweeping Day</source>
        <translation>清明节</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>Mid-autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>Anti-Fascist 70th Day</source>
        <translation>中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日</translation>
    </message>
    <message>
        <source>{first}/{second}</source>
        <translation>{first}、{second}</translation>
    </message>
    <message>
        <source>{year}'s days off and working days in lieu (State Council notice) are not entered: only the statutory holidays are closed. An administrator enters them in Room bookings › Holidays… › Enter the year's arrangement…</source>
        <translation>尚未录入 {year} 年的放假调休安排（国务院办公厅通知）：目前只有法定节假日不开放。请管理员在“场室预约 › 节假日设置… › 录入调休安排…”中录入。</translation>
    </message>
    <message>
        <source>{year}: no arrangement of days in lieu entered, statutory holidays only.</source>
        <translation>{year} 年尚未录入放假调休安排，仅列出法定节假日。</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>Holidays and adjusted working days</source>
        <translation>节假日与调休设置</translation>
    </message>
    <message>
        <source>Year </source>
        <translation>年度 </translation>
    </message>
    <message>
        <source>Days the rooms are closed or open against the weekday rule</source>
        <translation>与平常周末规则不同的日子（放假或调休上班）</translation>
    </message>
    <message>
        <source>Enter the year's arrangement…</source>
        <translation>录入调休安排…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>节日名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The station's own entry (wins over the built-in data)</source>
        <translation>本站设置（优先于内置数据）</translation>
    </message>
    <message>
        <source>Holiday (closed)</source>
        <translation>放假（场室不开放）</translation>
    </message>
    <message>
        <source>Working day (open, e.g. a weekend worked in lieu)</source>
        <translation>调休上班（场室开放，如周末补班）</translation>
    </message>
    <message>
        <source>e.g. Spring Festival</source>
        <translation>例如：春节</translation>
    </message>
    <message>
        <source>Save this day</source>
        <translation>保存这一天</translation>
    </message>
    <message>
        <source>Remove the station's entry</source>
        <translation>删除本站设置</translation>
    </message>
    <message>
        <source>The statutory holidays of every year are computed; the State Council's arrangement is built in for {first}–{last}. Other days: Saturdays and Sundays closed, Monday to Friday open.</source>
        <translation>每年的法定节假日自动计算；{first}–{last} 年的国务院放假调休安排已内置。其余日期：周六周日不开放，周一至周五开放。</translation>
    </message>
    <message>
        <source>{year}: the State Council's arrangement as an administrator entered it.</source>
        <translation>{year} 年：国务院放假调休安排（管理员录入）。</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>法定</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>放假通知</translation>
    </message>
    <message>
        <source>{year}: the State Council's arrangement is built in.</source>
        <translation>{year} 年：已内置国务院办公厅的放假安排。</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Day worked</source>
        <translation>上班</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>本站</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Correct hours</source>
        <translation>更正服务时长</translation>
    </message>
    <message>
        <source>e.g. left an hour early</source>
        <translation>例如：提前一小时离开</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>服务时长(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>导入单位</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose an Excel workbook (.xlsx) or a CSV file. Columns are recognised by their headers (姓名, 身份证号, 手机号, 工作单位, 社区, 入会日期 …); the next steps show what will be imported before anything is saved.</source>
        <translation>请选择 Excel 工作簿（.xlsx）或 CSV 文件。系统按表头识别各列（姓名、身份证号、手机号、工作单位、社区、入会日期……）；保存之前，后面几步会先列出将要导入的内容。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>Units not on file, to be added without a union (complete them in the unit list later) ({count}): {names}</source>
        <translation>系统中没有、将新增为“未建会”的单位（{count} 家，之后可在单位列表中补全信息）：{names}</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不能导入</translation>
    </message>
    <message>
        <source>Already on file</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Will be imported</source>
        <translation>将导入</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Already on file (skipped)</source>
        <translation>已登记（跳过）</translation>
    </message>
    <message>
        <source>New units added</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <source>Open error workbook</source>
        <translation>打开未导入行表格</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Excel or CSV files (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>Excel 或 CSV 文件 (*.xlsx *.xlsm *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>（无表头）</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>{rows} rows read. The highlighted columns were not recognised: choose what they hold, or leave them out.</source>
        <translation>已读取 {rows} 行。标黄的列未能识别：请选择它们对应的内容，或不导入。</translation>
    </message>
    <message>
        <source>{rows} rows read; every column was recognised. Check and go on.</source>
        <translation>已读取 {rows} 行，所有列均已识别。请核对后继续。</translation>
    </message>
    <message>
        <source>Checking {rows} rows…</source>
        <translation>正在检查 {rows} 行…</translation>
    </message>
    <message>
        <source>To import: &lt;b style='color:#1e6b34'&gt;{valid}&lt;/b&gt; · Already on file: &lt;b style='color:#8a6100'&gt;{duplicates}&lt;/b&gt; · Cannot be imported: &lt;b style='color:#b3261e'&gt;{invalid}&lt;/b&gt;</source>
        <translation>将导入：&lt;b style='color:#1e6b34'&gt;{valid}&lt;/b&gt; · 已登记：&lt;b style='color:#8a6100'&gt;{duplicates}&lt;/b&gt; · 不能导入：&lt;b style='color:#b3261e'&gt;{invalid}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Importing {rows} rows…</source>
        <translation>正在导入 {rows} 行…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>没有导入任何行</translation>
    </message>
    <message>
        <source>The rows not imported are in {file}, with the reason in the last column; correct them there and import that file.</source>
        <translation>未导入的行已另存为 {file}，最后一列写明了错误原因；在该文件中改正后直接导入即可。</translation>
    </message>
    <message>
        <source>No program to open .xlsx files was found. The file is {file}.</source>
        <translation>找不到能打开 .xlsx 文件的程序。文件位置：{file}。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>New gift item</source>
        <translation>新增慰问品</translation>
    </message>
    <message>
        <source>Edit gift item</source>
        <translation>编辑慰问品</translation>
    </message>
    <message>
        <source>Active (offered for new campaigns)</source>
        <translation>启用（可用于新的慰问活动）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>物品名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Value per unit (¥)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>库存预警线</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
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
    <name>LedgerDialog</name>
    <message>
        <source>Ledger: {name}</source>
        <translation>台账：{name}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>结存</translation>
    </message>
    <message>
        <source>Source / note</source>
        <translation>来源 / 备注</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>{count} movements; balance {on_hand} {unit}, worth {value}</source>
        <translation>共 {count} 笔；结存 {on_hand} {unit}，价值 {value}</translation>
    </message>
    <message>
        <source>Export ledger (.xlsx)…</source>
        <translation>导出台账 (.xlsx)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{name}-ledger.xlsx</source>
        <translation>{name}-台账.xlsx</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <translation>导出台账</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Closed</source>
        <translation>不开放</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>已过</translation>
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
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Check data</source>
        <translation>检查数据(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print a test page…</source>
        <translation>打印测试页(&amp;P)…</translation>
    </message>
    <message>
        <source>Switch &amp;user</source>
        <translation>切换用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;About Station Desk</source>
        <translation>关于工会服务站前台(&amp;A)</translation>
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
        <source>A scanned number is not used here.</source>
        <translation>此处用不到扫描的号码。</translation>
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
    <message>
        <source>Figures</source>
        <translation>统计</translation>
    </message>
</context>
<context>
    <name>MemberFormDialog</name>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <source>Optional, e.g. 010-65123456</source>
        <translation>选填，如 010-65123456</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Open this member</source>
        <translation>打开该会员</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>Type a name, pinyin initials or credit code</source>
        <translation>输入单位名称、拼音首字母或信用代码</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>新建单位…</translation>
    </message>
    <message>
        <source>(the unit's community)</source>
        <translation>（随单位所在社区）</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation>农民工</translation>
    </message>
    <message>
        <source>Model worker</source>
        <translation>劳动模范</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Worker in hardship</source>
        <translation>困难职工</translation>
    </message>
    <message>
        <source>Outdoor worker</source>
        <translation>户外劳动者</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>其他身份</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Unit and categories</source>
        <translation>单位与类别</translation>
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
        <source>Next member (Ctrl+N)</source>
        <translation>继续登记下一位 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation>打印回执 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Member intake – {name}</source>
        <translation>会员入会 – {name}</translation>
    </message>
    <message>
        <source>Edit member – {name}</source>
        <translation>编辑会员 – {name}</translation>
    </message>
    <message>
        <source>New member intake</source>
        <translation>新会员入会</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Receipt printing is not available yet.</source>
        <translation>暂不能打印回执。</translation>
    </message>
    <message>
        <source>{value} (leave empty to keep)</source>
        <translation>{value}（留空则不变）</translation>
    </message>
    <message>
        <source>(from the ID number)</source>
        <translation>（由身份证号识别）</translation>
    </message>
    <message>
        <source>Read from the ID number</source>
        <translation>由身份证号自动识别</translation>
    </message>
    <message>
        <source>Birth date and gender are read from the number.</source>
        <translation>出生日期和性别将由号码自动识别。</translation>
    </message>
    <message>
        <source>{count} of 18 characters</source>
        <translation>已输入 {count} 位，共 18 位</translation>
    </message>
    <message>
        <source>Born {date}, {gender}</source>
        <translation>出生日期 {date}，{gender}</translation>
    </message>
    <message>
        <source>Old 15-digit number: it will be saved as {number}.</source>
        <translation>15 位旧号码，保存时将转换为 {number}。</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>{name} is registered as member no. {member_no}.</source>
        <translation>{name} 已登记入会，会员号 {member_no}。</translation>
    </message>
    <message>
        <source>Press Ctrl+P to print the intake receipt.</source>
        <translation>按 Ctrl+P 打印入会登记回执。</translation>
    </message>
</context>
<context>
    <name>MemberLabels</name>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong, Macao and Taiwan residents</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>Foreigner's permanent residence ID card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>已转出</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已退会</translation>
    </message>
    <message>
        <source>No union</source>
        <translation>未建会</translation>
    </message>
    <message>
        <source>Own union</source>
        <translation>独立建会</translation>
    </message>
    <message>
        <source>Joint union</source>
        <translation>联合建会</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>沟通会</translation>
    </message>
    <message>
        <source>Union founded</source>
        <translation>建会</translation>
    </message>
    <message>
        <source>Ordinary hardship</source>
        <translation>一般困难</translation>
    </message>
    <message>
        <source>Severe hardship</source>
        <translation>深度困难</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Sanitation worker</source>
        <translation>环卫工</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <source>Food-delivery rider</source>
        <translation>外卖送餐员</translation>
    </message>
    <message>
        <source>Traffic or security assistant</source>
        <translation>协管员</translation>
    </message>
    <message>
        <source>Taxi driver</source>
        <translation>出租车司机</translation>
    </message>
    <message>
        <source>Logistics driver</source>
        <translation>物流驾驶员</translation>
    </message>
    <message>
        <source>Other outdoor worker</source>
        <translation>其他户外劳动者</translation>
    </message>
    <message>
        <source>Worker in hardship</source>
        <translation>困难职工</translation>
    </message>
    <message>
        <source>Outdoor worker</source>
        <translation>户外劳动者</translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation>农民工</translation>
    </message>
    <message>
        <source>Model worker</source>
        <translation>劳动模范</translation>
    </message>
    <message>
        <source>Woman worker</source>
        <translation>女职工</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会登记</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改信息</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>退会</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>恢复会籍</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>转往</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Union founded (own or joint)</source>
        <translation>已建会（独立或联合）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <source>{name} ({member_no})</source>
        <translation>{name}（{member_no}）</translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message>
        <source>Add member to the list</source>
        <translation>增补会员到名单</translation>
    </message>
    <message>
        <source>Name, initials, mobile tail, ID number or member number</source>
        <translation>姓名、拼音首字母、手机尾号、证件号码或会员号</translation>
    </message>
    <message>
        <source>No member matches.</source>
        <translation>没有匹配的会员。</translation>
    </message>
    <message>
        <source>Showing the first {count} matches; type more to narrow.</source>
        <translation>仅显示前 {count} 条匹配；请继续输入以缩小范围。</translation>
    </message>
</context>
<context>
    <name>MemberRecordDialog</name>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>On file since</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Show full ID number</source>
        <translation>显示完整证件号码</translation>
    </message>
    <message>
        <source>Shows the full ID and mobile numbers; the audit log records it.</source>
        <translation>显示完整的证件号码和手机号；此操作会记入操作日志。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>No intake, edit or status change is on record.</source>
        <translation>暂无入会登记、信息修改或状态变动记录。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变动记录</translation>
    </message>
    <message>
        <source>Edit… (Ctrl+E)</source>
        <translation>编辑… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Transfer out…</source>
        <translation>转出…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>退会…</translation>
    </message>
    <message>
        <source>Reinstate…</source>
        <translation>恢复会籍…</translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation>打印回执 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Receipt printing is not available yet.</source>
        <translation>暂不能打印回执。</translation>
    </message>
    <message>
        <source>Member record – {name} ({member_no})</source>
        <translation>会员档案 – {name}（{member_no}）</translation>
    </message>
    <message>
        <source>{name}   {member_no}</source>
        <translation>{name}   {member_no}</translation>
    </message>
    <message>
        <source>Full numbers shown</source>
        <translation>已显示完整号码</translation>
    </message>
    <message>
        <source>Transferred out on {date} to {destination}.</source>
        <translation>已于 {date} 转出，转往：{destination}。</translation>
    </message>
    <message>
        <source>Withdrew on {date}. Reason: {reason}</source>
        <translation>已于 {date} 退会，原因：{reason}</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>MembersExcel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Worker in hardship</source>
        <translation>困难职工</translation>
    </message>
    <message>
        <source>Outdoor worker</source>
        <translation>户外劳动者</translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation>农民工</translation>
    </message>
    <message>
        <source>Model worker</source>
        <translation>劳动模范</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Union status</source>
        <translation>建会情况</translation>
    </message>
    <message>
        <source>Union founded on</source>
        <translation>建会日期</translation>
    </message>
    <message>
        <source>Union name</source>
        <translation>工会名称</translation>
    </message>
    <message>
        <source>Union chair</source>
        <translation>工会主席</translation>
    </message>
    <message>
        <source>{column}: {message}</source>
        <translation>{column}：{message}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Rows naming a community the station does not have were not imported: {names}. Check the spelling; to add them, run:
{command}
then import the same file again.</source>
        <translation>写了系统中没有的社区的行未导入：{names}。请先核对名称；如需新增这些社区，请运行：
{command}
然后重新导入同一个文件。</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Search: name, pinyin initials, mobile, last 4 digits of ID, member no.</source>
        <translation>搜索：姓名 / 拼音首字母 / 手机号 / 证件号码后四位 / 会员号</translation>
    </message>
    <message>
        <source>New member intake (Ctrl+N)</source>
        <translation>新会员入会 (Ctrl+N)</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Unit: type a name, pinyin initials or credit code</source>
        <translation>单位：输入名称、拼音首字母或信用代码</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected member (Ctrl+E)</source>
        <translation>编辑选中的会员 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Transfer out…</source>
        <translation>转出…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>退会…</translation>
    </message>
    <message>
        <source>Reinstate…</source>
        <translation>恢复会籍…</translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation>打印回执 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Save a blank import template…</source>
        <translation>保存空白导入模板…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Excel import and export are not available yet.</source>
        <translation>暂不能导入、导出 Excel。</translation>
    </message>
    <message>
        <source>Receipt printing is not available yet.</source>
        <translation>暂不能打印回执。</translation>
    </message>
    <message>
        <source>New member intake</source>
        <translation>新会员入会</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>编辑会员</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>打印入会登记回执</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>No members yet. Press Ctrl+N to register the first one, or import an Excel sheet.</source>
        <translation>还没有会员。按 Ctrl+N 登记第一位会员，或从 Excel 表格导入。</translation>
    </message>
    <message>
        <source>No member matches “{query}”.</source>
        <translation>没有找到与“{query}”相符的会员。</translation>
    </message>
    <message>
        <source>No member matches these filters.</source>
        <translation>没有符合筛选条件的会员。</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>共 {count} 人</translation>
    </message>
    <message>
        <source>Member record</source>
        <translation>会员档案</translation>
    </message>
    <message>
        <source>{member} was transferred out.</source>
        <translation>{member} 已转出。</translation>
    </message>
    <message>
        <source>{member} has withdrawn.</source>
        <translation>{member} 已退会。</translation>
    </message>
    <message>
        <source>{member} is active again.</source>
        <translation>{member} 已恢复会籍。</translation>
    </message>
    <message>
        <source>Registered: {member}.</source>
        <translation>已登记：{member}。</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>暂不可用</translation>
    </message>
    <message>
        <source>Excel import, export and receipts are not available in this version.</source>
        <translation>此版本暂不能导入、导出 Excel 或打印回执。</translation>
    </message>
    <message>
        <source>Imported {count} members.</source>
        <translation>已导入 {count} 名会员。</translation>
    </message>
</context>
<context>
    <name>MembersReport</name>
    <message>
        <source>Member intake receipt</source>
        <translation>入会登记回执</translation>
    </message>
    <message>
        <source>Member's copy</source>
        <translation>会员留存联</translation>
    </message>
    <message>
        <source>Station's stub</source>
        <translation>服务站存根联</translation>
    </message>
    <message>
        <source>Cut along this line</source>
        <translation>沿此线剪开</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Scan for the member number</source>
        <translation>扫码核对会员号</translation>
    </message>
    <message>
        <source>Member's signature</source>
        <translation>会员签字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>{station} (seal)</source>
        <translation>{station}（盖章）</translation>
    </message>
    <message>
        <source>{name} has been registered as a member of the trade union on {date} with member number {member_no}. Please keep this receipt; show it or the member number at the station for services and activities.</source>
        <translation>{name} 同志已于 {date} 登记加入工会，会员号 {member_no}。请妥善保管本回执；到服务站办理服务、参加活动时请出示本回执或会员号。</translation>
    </message>
    <message>
        <source>I confirm that the particulars above are correct and that I have received the member's copy of this receipt.</source>
        <translation>本人确认以上信息无误，并已收到本回执的会员留存联。</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>No member has the number {number}.</source>
        <translation>没有号码为 {number} 的会员。</translation>
    </message>
</context>
<context>
    <name>MissingCommunitiesBar</name>
    <message>
        <source>Add these communities…</source>
        <translation>新增这些社区…</translation>
    </message>
    <message>
        <source>The sheet names {count} communities the station does not have: {names}. Their rows cannot be imported until the communities are added.</source>
        <translation>表格中有 {count} 个系统中没有的社区：{names}。新增这些社区之前，写了它们的行无法导入。</translation>
    </message>
    <message>
        <source>Ask an administrator to add them (会员入会 → 社区), then check again.</source>
        <translation>请管理员在“会员入会 → 社区”中新增后再重新检查。</translation>
    </message>
    <message>
        <source>Add communities</source>
        <translation>新增社区</translation>
    </message>
    <message>
        <source>Add these {count} communities to the station?

{names}

Check the spelling first: a misspelt community stays on every record imported with it.</source>
        <translation>要为本站新增这 {count} 个社区吗？

{names}

请先核对名称：写错的社区会留在随之导入的每一条记录上。</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>Receive stock</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>报损</translation>
    </message>
    <message>
        <source>{name}: {on_hand} {unit} in stock</source>
        <translation>{name}：库存 {on_hand} {unit}</translation>
    </message>
    <message>
        <source>Supplier, donor or the federation</source>
        <translation>供应商、捐赠方或上级工会</translation>
    </message>
    <message>
        <source>Counted on the shelf</source>
        <translation>实盘数量</translation>
    </message>
    <message>
        <source>Quantity ({unit})</source>
        <translation>数量（{unit}）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Not an active member: transferred out on {date}.</source>
        <translation>非在册会员：已于 {date} 转出。</translation>
    </message>
    <message>
        <source>Not an active member: withdrew on {date}.</source>
        <translation>非在册会员：已于 {date} 退会。</translation>
    </message>
    <message>
        <source>Not in the groups this campaign is for.</source>
        <translation>不属于本次慰问活动面向的人群。</translation>
    </message>
    <message>
        <source>Not in the communities this campaign covers.</source>
        <translation>不在本次慰问活动覆盖的社区。</translation>
    </message>
    <message>
        <source>Not in the units this campaign covers.</source>
        <translation>不在本次慰问活动覆盖的单位。</translation>
    </message>
    <message>
        <source>Joined on {joined}; this campaign is for members who joined before {date}.</source>
        <translation>入会日期为 {joined}；本次慰问活动面向 {date} 以前入会的会员。</translation>
    </message>
    <message>
        <source>Already received from {campaign} on {date} this year.</source>
        <translation>今年已于 {date} 在“{campaign}”中领取过。</translation>
    </message>
    <message>
        <source>Taken off the list on {date} by {operator}: {reason}</source>
        <translation>已于 {date} 由 {operator} 移出名单：{reason}</translation>
    </message>
    <message>
        <source>The campaign has not been opened yet.</source>
        <translation>慰问活动尚未开始发放。</translation>
    </message>
    <message>
        <source>The campaign is closed.</source>
        <translation>慰问活动已结束。</translation>
    </message>
    <message>
        <source>Meets the rule; the list is frozen when the campaign opens.</source>
        <translation>符合条件；慰问活动开始发放时锁定名单。</translation>
    </message>
    <message>
        <source>Meets the rule but was not on the list frozen on {date}; add them with a reason if they should receive the package.</source>
        <translation>符合条件，但不在 {date} 锁定的名单中；如应发放，请填写原因后加入名单。</translation>
    </message>
    <message>
        <source>The unit {name} is not on file and will be added.</source>
        <translation>系统中没有单位“{name}”，导入时将新增。</translation>
    </message>
    <message>
        <source>{name} with the same mobile number is already on file as member no. {member_no}; please check this is not the same person.</source>
        <translation>已有同名且手机号相同的会员 {name}（会员号 {member_no}），请核实是否为同一人。</translation>
    </message>
    <message>
        <source>The old 15-digit ID number was converted to the 18-character number {number}.</source>
        <translation>15 位旧身份证号已转换为 18 位：{number}。</translation>
    </message>
    <message>
        <source>The team still has {count} active volunteers; move them to another team.</source>
        <translation>该队伍仍有 {count} 名在册志愿者，请将他们调到其他队伍。</translation>
    </message>
    <message>
        <source>This volunteer is still on {count} shifts to come; cancel them on the rosters if they will not come.</source>
        <translation>该志愿者还有 {count} 个尚未开始的班次；如不能参加，请在排班表上取消。</translation>
    </message>
    <message>
        <source>No mobile number: the roster will have no way to reach this volunteer.</source>
        <translation>未填写手机号：排班表上将无法联系到该志愿者。</translation>
    </message>
    <message>
        <source>The shift now has {filled} volunteers for {places} places.</source>
        <translation>该班次现有 {filled} 名志愿者，名额为 {places} 名。</translation>
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
        <translation>添加操作员</translation>
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
        <translation>新建操作员</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
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
    <name>Overview</name>
    <message>
        <source>Annual report</source>
        <translation>年度统计</translation>
    </message>
    <message>
        <source>{year} (to {date})</source>
        <translation>{year}（截至 {date}）</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <source>Period: {period}; compared with {previous}</source>
        <translation>统计期间：{period}；对比：{previous}</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>增减率</translation>
    </message>
    <message>
        <source>No community on file</source>
        <translation>未登记社区</translation>
    </message>
    <message>
        <source>Brigade (no community)</source>
        <translation>全大队（不分社区）</translation>
    </message>
    <message>
        <source>What the figures count</source>
        <translation>统计口径</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title}（续）</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Welfare</source>
        <translation>慰问品发放</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>场室</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Units and unions</source>
        <translation>单位与建会</translation>
    </message>
    <message>
        <source>Members by community (period end)</source>
        <translation>各社区会员数（期末）</translation>
    </message>
    <message>
        <source>Members by category (period end)</source>
        <translation>会员类别（期末）</translation>
    </message>
    <message>
        <source>Outdoor workers by kind</source>
        <translation>户外劳动者分类</translation>
    </message>
    <message>
        <source>Members joined by month</source>
        <translation>每月入会人数</translation>
    </message>
    <message>
        <source>Welfare campaigns and hand-outs</source>
        <translation>慰问活动与发放</translation>
    </message>
    <message>
        <source>Campaigns by kind</source>
        <translation>慰问活动（按类型）</translation>
    </message>
    <message>
        <source>Hand-outs by campaign kind</source>
        <translation>发放人次（按活动类型）</translation>
    </message>
    <message>
        <source>Cash by campaign kind (yuan)</source>
        <translation>慰问金（按活动类型，元）</translation>
    </message>
    <message>
        <source>Goods value by campaign kind (yuan)</source>
        <translation>慰问品价值（按活动类型，元）</translation>
    </message>
    <message>
        <source>Hand-outs by campaign</source>
        <translation>各慰问活动发放人次</translation>
    </message>
    <message>
        <source>Stock at period end</source>
        <translation>期末库存</translation>
    </message>
    <message>
        <source>Room sessions</source>
        <translation>场室使用</translation>
    </message>
    <message>
        <source>Sessions by purpose</source>
        <translation>场次（按用途）</translation>
    </message>
    <message>
        <source>Sessions by room</source>
        <translation>场次（按场室）</translation>
    </message>
    <message>
        <source>Hours by room</source>
        <translation>使用时长（按场室，小时）</translation>
    </message>
    <message>
        <source>Occupancy by room (%)</source>
        <translation>使用率（按场室，%）</translation>
    </message>
    <message>
        <source>No-shows by room</source>
        <translation>爽约（按场室）</translation>
    </message>
    <message>
        <source>Volunteers and service</source>
        <translation>志愿者与志愿服务</translation>
    </message>
    <message>
        <source>Service hours by team</source>
        <translation>服务时长（按队伍）</translation>
    </message>
    <message>
        <source>Service hours by community</source>
        <translation>服务时长（按社区）</translation>
    </message>
    <message>
        <source>Units on file</source>
        <translation>登记单位数</translation>
    </message>
    <message>
        <source>Units with a union</source>
        <translation>已建会单位</translation>
    </message>
    <message>
        <source>of which own union</source>
        <translation>其中独立建会</translation>
    </message>
    <message>
        <source>of which joint union</source>
        <translation>其中联合建会</translation>
    </message>
    <message>
        <source>Unions founded in the period</source>
        <translation>本期新建会</translation>
    </message>
    <message>
        <source>Members at period end</source>
        <translation>期末会员数</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>退会</translation>
    </message>
    <message>
        <source>Workers in hardship</source>
        <translation>困难职工</translation>
    </message>
    <message>
        <source>of which severe hardship</source>
        <translation>其中深度困难</translation>
    </message>
    <message>
        <source>Outdoor workers</source>
        <translation>户外劳动者</translation>
    </message>
    <message>
        <source>Migrant workers</source>
        <translation>农民工</translation>
    </message>
    <message>
        <source>Model workers</source>
        <translation>劳动模范</translation>
    </message>
    <message>
        <source>Women workers</source>
        <translation>女职工</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>慰问活动</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>慰问对象（人）</translation>
    </message>
    <message>
        <source>Hand-outs</source>
        <translation>发放（人次）</translation>
    </message>
    <message>
        <source>Cash handed out (yuan)</source>
        <translation>发放慰问金（元）</translation>
    </message>
    <message>
        <source>Value of goods handed out (yuan)</source>
        <translation>发放慰问品价值（元）</translation>
    </message>
    <message>
        <source>Total value (yuan)</source>
        <translation>合计价值（元）</translation>
    </message>
    <message>
        <source>Value of stock at period end (yuan)</source>
        <translation>期末库存价值（元）</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Cancelled bookings</source>
        <translation>已取消预约</translation>
    </message>
    <message>
        <source>Volunteers on file</source>
        <translation>在册志愿者</translation>
    </message>
    <message>
        <source>Volunteers who served</source>
        <translation>参与服务的志愿者</translation>
    </message>
    <message>
        <source>Service activities</source>
        <translation>服务活动</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Times served</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>服务时长（小时）</translation>
    </message>
    <message>
        <source>Room sessions by purpose</source>
        <translation>场室使用（按用途）</translation>
    </message>
    <message>
        <source>Volunteer hours by team</source>
        <translation>志愿服务时长（按队伍）</translation>
    </message>
    <message>
        <source>Members at period end: joined by then and not transferred or withdrawn by then. Categories are those on file today.</source>
        <translation>期末会员数：期末前入会、且期末前未转出或退会的会员。会员类别按当前登记。</translation>
    </message>
    <message>
        <source>Hand-outs: packages handed out in the period (undone ones left out); goods value from the stock ledger at the value of the day.</source>
        <translation>发放：本期发放的人次（已撤销发放的不计）；慰问品价值按库存台账当日单价计算。</translation>
    </message>
    <message>
        <source>Room sessions: bookings that were not cancelled and not no-shows; occupancy is their hours over the room's opening hours on the period's open days.</source>
        <translation>场室场次：未取消、未爽约的预约；使用率为其时长占本期开放日开放时长的比例。</translation>
    </message>
    <message>
        <source>Volunteer hours: attended shifts only, counted for the volunteer's team; by community, for the community of that team (a squad serves one community), so the two tables agree where each community has one squad.</source>
        <translation>志愿服务时长：只计已到岗的班次，计入志愿者所属队伍；按社区统计时计入该队伍所属社区（每个社区分队服务一个社区），因此每个社区只有一个分队时，两表数字相同。</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Open the annual report…</source>
        <translation>打开年度统计…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Reading the figures of {year}…</source>
        <translation>正在读取 {year} 年的统计数据…</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>{station}: figures of {period}, compared with {previous}</source>
        <translation>{station}：{period} 统计，对比 {previous}</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>年度统计</translation>
    </message>
    <message>
        <source>Export the annual report</source>
        <translation>导出年度统计</translation>
    </message>
    <message>
        <source>annual-report-{year}.xlsx</source>
        <translation>年度统计-{year}.xlsx</translation>
    </message>
    <message>
        <source>Exported {count} figures to {path}.</source>
        <translation>已导出 {count} 项统计数据到 {path}。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
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
        <translation>打印时间：{time}</translation>
    </message>
    <message>
        <source>Operator {name}</source>
        <translation>经办人：{name}</translation>
    </message>
</context>
<context>
    <name>PdfBuild</name>
    <message>
        <source>The PDF could not be made: {error}</source>
        <translation>PDF 生成失败：{error}</translation>
    </message>
    <message>
        <source>Making the PDF “{title}”…</source>
        <translation>正在生成 PDF“{title}”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <translation>适应宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
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
        <source>Sending to {printer}…</source>
        <translation>正在发送到 {printer}…</translation>
    </message>
    <message>
        <source>Printing “{title}”…</source>
        <translation>正在打印“{title}”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Sent to {printer} (job {job}).</source>
        <translation>已发送到 {printer}（作业 {job}）。</translation>
    </message>
    <message>
        <source>{pages} pages sent to the printer.</source>
        <translation>已向打印机发送 {pages} 页。</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message>
        <source>The printer could not be started: {error}</source>
        <translation>无法启动打印机：{error}</translation>
    </message>
    <message>
        <source>Printing failed: {error}</source>
        <translation>打印失败：{error}</translation>
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
    <name>PreviewModel</name>
    <message>
        <source>Will be imported</source>
        <translation>将导入</translation>
    </message>
    <message>
        <source>Already on file</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不能导入</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RecipientsDialog</name>
    <message>
        <source>Recipients of {name}</source>
        <translation>{name} 发放名单</translation>
    </message>
    <message>
        <source>Filter by name, member number or community</source>
        <translation>按姓名、会员号或社区筛选</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>增补会员…</translation>
    </message>
    <message>
        <source>Take off…</source>
        <translation>移出名单…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Taken off: {reason}</source>
        <translation>已移出：{reason}</translation>
    </message>
    <message>
        <source>Collected {at} ({by})</source>
        <translation>已于 {at} 领取（经办人：{by}）</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未领取</translation>
    </message>
    <message>
        <source>{on_list} on the list, {served} collected</source>
        <translation>名单 {on_list} 人，已领取 {served} 人</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>增补会员</translation>
    </message>
    <message>
        <source>Why is this member added to the list?</source>
        <translation>增补该会员的原因：</translation>
    </message>
    <message>
        <source>{name} is on the list.</source>
        <translation>{name} 已列入名单。</translation>
    </message>
    <message>
        <source>Outside the campaign's rule: {why}</source>
        <translation>不符合本慰问活动的条件：{why}</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>移出名单</translation>
    </message>
    <message>
        <source>Why is {name} taken off the list?</source>
        <translation>将 {name} 移出名单的原因：</translation>
    </message>
    <message>
        <source>{name} is taken off the list.</source>
        <translation>{name} 已移出名单。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Choose the copy to put in place of the station's data. The data as it is now is kept as a safety copy first. Everyone must log out of Station Desk on every other desk before you restore.</source>
        <translation>请选择用来替换本站数据的备份。恢复前，当前数据会先另存为一份安全备份。恢复之前，其他电脑上的所有人都必须退出服务站前台。</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Or a copy kept elsewhere (a USB drive, another PC):</source>
        <translation>或者其他地方保存的备份（U盘、其他电脑）：</translation>
    </message>
    <message>
        <source>Choose a pg_dump archive of this station:</source>
        <translation>请选择本站的 pg_dump 备份档案：</translation>
    </message>
    <message>
        <source>Station Desk backup (*.db);;All files (*)</source>
        <translation>服务站前台备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>pg_dump archive (*.dump);;All files (*)</source>
        <translation>pg_dump 备份档案 (*.dump);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>the copy taken {time} ({kind})</source>
        <translation>{time} 的备份（{kind}）</translation>
    </message>
    <message>
        <source>Put {which} in place of the station's data?

Everything entered since that copy was taken will no longer be shown. The data as it is now is kept as a safety copy in {folder}.

Everyone must be logged out of Station Desk on every other desk. After the restore you log in again.</source>
        <translation>要用 {which} 替换本站数据吗？

该备份之后录入的内容将不再显示。当前数据会另存为安全备份，放在 {folder}。

其他电脑上的所有人都必须已退出服务站前台。恢复后请重新登录。</translation>
    </message>
    <message>
        <source>The data was restored from {source}.

The data as it was just before is kept as {copy}.

Please log in again.</source>
        <translation>数据已从 {source} 恢复。

恢复前的数据保存为 {copy}。

请重新登录。</translation>
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
        <translation>前台人员</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <source>Rooms</source>
        <translation>场室设置</translation>
    </message>
    <message>
        <source>&amp;Add a room</source>
        <translation>新增场室(&amp;A)</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Kept free after each booking for cleaning or airing</source>
        <translation>每次预约后留出的清洁、通风时间</translation>
    </message>
    <message>
        <source>New bookings are private</source>
        <translation>新预约默认为私密</translation>
    </message>
    <message>
        <source>In use (can be booked)</source>
        <translation>启用（可预约）</translation>
    </message>
    <message>
        <source>Printed on the booking slip</source>
        <translation>打印在预约回执上</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>场室名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <source>Slot size</source>
        <translation>预约时段长度</translation>
    </message>
    <message>
        <source>Buffer after each booking</source>
        <translation>预约后间隔</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>私密</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>请携带</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Changes to the hours, slot and buffer apply to bookings made from now on.</source>
        <translation>开放时间、时段长度和间隔的修改只对此后新建的预约生效。</translation>
    </message>
    <message>
        <source>{name} (not in use)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>新场室</translation>
    </message>
    <message>
        <source>Room added.</source>
        <translation>已新增场室。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
</context>
<context>
    <name>RoomsPrinting</name>
    <message>
        <source>Door sheet</source>
        <translation>门口日程表</translation>
    </message>
    <message>
        <source>Booking slip</source>
        <translation>预约回执</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>场室预约</translation>
    </message>
    <message>
        <source>Exported {count} bookings to {path}.</source>
        <translation>已导出 {count} 条预约到 {path}。</translation>
    </message>
</context>
<context>
    <name>RoomsReport</name>
    <message>
        <source>Bookings</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>预约号</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>场室</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>预约事项</translation>
    </message>
    <message>
        <source>Booked for</source>
        <translation>预约人</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cancel reason</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Booking number {number}</source>
        <translation>预约号 {number}</translation>
    </message>
    <message>
        <source>Room schedule</source>
        <translation>场室日程表</translation>
    </message>
    <message>
        <source>All rooms, {date}</source>
        <translation>全部场室，{date}</translation>
    </message>
    <message>
        <source>{room}, {date}</source>
        <translation>{room}，{date}</translation>
    </message>
    <message>
        <source>{room}, week of {first} to {last}</source>
        <translation>{room}，{first} 至 {last}</translation>
    </message>
    <message>
        <source>Open {opens}–{closes}</source>
        <translation>开放 {opens}–{closes}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>不开放</translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translation>无预约。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Booking slip</source>
        <translation>预约回执</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>请携带</translation>
    </message>
    <message>
        <source>This slip, and your ID card or member card.</source>
        <translation>本回执，以及身份证或会员证。</translation>
    </message>
    <message>
        <source>Please arrive a few minutes early and show this slip at the desk. If you cannot come, please let us know in advance.</source>
        <translation>请提前几分钟到达，并在前台出示本回执。如不能前来，请提前告知。</translation>
    </message>
    <message>
        <source>Please arrive a few minutes early and show this slip at the desk. If you cannot come, please call {phone} in advance.</source>
        <translation>请提前几分钟到达，并在前台出示本回执。如不能前来，请提前致电 {phone}。</translation>
    </message>
    <message>
        <source>Room usage</source>
        <translation>场室使用情况</translation>
    </message>
    <message>
        <source>Room usage, {year}-{month:02d}</source>
        <translation>{year}年{month:02d}月场室使用情况</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>按场室</translation>
    </message>
    <message>
        <source>By purpose</source>
        <translation>按用途</translation>
    </message>
    <message>
        <source>Hours booked</source>
        <translation>预约时长（小时）</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Not yet closed</source>
        <translation>未结束</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>劳动争议调解</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>心理咨询</translation>
    </message>
    <message>
        <source>Mother and baby</source>
        <translation>母婴关爱</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Labour-dispute mediation room</source>
        <translation>劳动争议调解室</translation>
    </message>
    <message>
        <source>Counselling room</source>
        <translation>心理咨询室</translation>
    </message>
    <message>
        <source>Mother-and-baby room</source>
        <translation>母婴关爱室</translation>
    </message>
    <message>
        <source>Multi-function hall</source>
        <translation>多功能厅</translation>
    </message>
    <message>
        <source>Workers' reading room</source>
        <translation>职工书屋</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Adjusted working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
</context>
<context>
    <name>RoomsTab</name>
    <message>
        <source>Closed</source>
        <translation>不开放</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Today (Ctrl+T)</source>
        <translation>今天 (Ctrl+T)</translation>
    </message>
    <message>
        <source>Go to a date (Ctrl+F)</source>
        <translation>转到日期 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>显示已取消</translation>
    </message>
    <message>
        <source>New booking (Ctrl+N)</source>
        <translation>新建预约 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Ho&amp;lidays…</source>
        <translation>节假日设置(&amp;L)…</translation>
    </message>
    <message>
        <source>R&amp;ooms…</source>
        <translation>场室设置(&amp;O)…</translation>
    </message>
    <message>
        <source>Door sheet: this room, this day</source>
        <translation>门口日程表：本场室当天</translation>
    </message>
    <message>
        <source>Door sheet: all rooms, this day</source>
        <translation>门口日程表：全部场室当天</translation>
    </message>
    <message>
        <source>Door sheet: this room, this week</source>
        <translation>门口日程表：本场室本周</translation>
    </message>
    <message>
        <source>Monthly usage report</source>
        <translation>月度使用报表</translation>
    </message>
    <message>
        <source>Monthly usage report, previous month</source>
        <translation>月度使用报表（上月）</translation>
    </message>
    <message>
        <source>Bookings to Excel (.xlsx)…</source>
        <translation>预约导出为 Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>Bookings to a calendar file (.ics)…</source>
        <translation>预约导出为日历文件 (.ics)…</translation>
    </message>
    <message>
        <source>Door sheet: {room}, {date}</source>
        <translation>门口日程表：{room}，{date}</translation>
    </message>
    <message>
        <source>Door sheet: all rooms, {date}</source>
        <translation>门口日程表：全部场室，{date}</translation>
    </message>
    <message>
        <source>Door sheet: {room}, this week</source>
        <translation>门口日程表：{room}，本周</translation>
    </message>
    <message>
        <source>Monthly usage report, {month}</source>
        <translation>月度使用报表（{month}）</translation>
    </message>
    <message>
        <source>Previous week (Alt+←, PageUp)</source>
        <translation>上一周 (Alt+←, PageUp)</translation>
    </message>
    <message>
        <source>Next week (Alt+→, PageDown)</source>
        <translation>下一周 (Alt+→, PageDown)</translation>
    </message>
    <message>
        <source>Previous day (Alt+←, PageUp)</source>
        <translation>前一天 (Alt+←, PageUp)</translation>
    </message>
    <message>
        <source>Next day (Alt+→, PageDown)</source>
        <translation>后一天 (Alt+→, PageDown)</translation>
    </message>
    <message>
        <source>No room is in use.</source>
        <translation>没有启用的场室。</translation>
    </message>
    <message>
        <source>{room} · week of {first} to {last}</source>
        <translation>{room} · {first} 至 {last} 一周</translation>
    </message>
    <message>
        <source>No member has the number {number}.</source>
        <translation>没有号码为 {number} 的会员。</translation>
    </message>
    <message>
        <source>Outside opening hours ({hours})</source>
        <translation>不在开放时间内（{hours}）</translation>
    </message>
    <message>
        <source>This time has passed.</source>
        <translation>该时间已过。</translation>
    </message>
    <message>
        <source>Book this time…</source>
        <translation>预约这个时段…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Print booking slip</source>
        <translation>打印预约回执</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Checked in.</source>
        <translation>已签到。</translation>
    </message>
    <message>
        <source>Marked as completed.</source>
        <translation>已标记为完成。</translation>
    </message>
    <message>
        <source>Marked as a no-show.</source>
        <translation>已标记为爽约。</translation>
    </message>
    <message>
        <source>Cancelled ({count} booking(s)).</source>
        <translation>已取消（{count} 条预约）。</translation>
    </message>
</context>
<context>
    <name>SavePath</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar 日历文件 (*.ics)</translation>
    </message>
</context>
<context>
    <name>SeriesReviewDialog</name>
    <message>
        <source>Repeat booking: check the dates</source>
        <translation>重复预约：核对日期</translation>
    </message>
    <message>
        <source>{room}: {count} dates</source>
        <translation>{room}：共 {count} 次</translation>
    </message>
    <message>
        <source>{problems} of them cannot be booked and will be skipped (see why below). Untick any other date to skip it too.</source>
        <translation>其中 {problems} 次无法预约，将被跳过（原因见下表）。如需跳过其他日期，取消勾选即可。</translation>
    </message>
    <message>
        <source>Every date is free. Untick a date to skip it.</source>
        <translation>所有日期均可预约。取消勾选可跳过某一天。</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>能否预约</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <source>Book {count} dates</source>
        <translation>预约 {count} 次</translation>
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
        <translation>操作员</translation>
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
    <name>ShiftPanel</name>
    <message>
        <source>Roster</source>
        <translation>排班表</translation>
    </message>
    <message>
        <source>Nobody on this shift yet.</source>
        <translation>本班次还没有安排人员。</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>确认(&amp;F)</translation>
    </message>
    <message>
        <source>Atte&amp;nded</source>
        <translation>到岗(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;bsent</source>
        <translation>未到岗(&amp;B)</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>取消安排(&amp;L)</translation>
    </message>
    <message>
        <source>All &amp;attended</source>
        <translation>全部到岗(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Hours…</source>
        <translation>更正服务时长(&amp;H)…</translation>
    </message>
    <message>
        <source>Ta&amp;ke off</source>
        <translation>移出(&amp;K)</translation>
    </message>
    <message>
        <source>Take off the shift (a mistake; Delete)</source>
        <translation>从本班次移出（安排错误时）(Delete)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>可选志愿者</translation>
    </message>
    <message>
        <source>Name, initials, mobile tail</source>
        <translation>姓名、拼音首字母、手机尾号</translation>
    </message>
    <message>
        <source>Usually a&amp;vailable</source>
        <translation>通常有空(&amp;V)</translation>
    </message>
    <message>
        <source>F&amp;ree only</source>
        <translation>只看空闲(&amp;R)</translation>
    </message>
    <message>
        <source>No one matches these filters.</source>
        <translation>没有符合条件的志愿者。</translation>
    </message>
    <message>
        <source>A&amp;ssign</source>
        <translation>安排(&amp;S)</translation>
    </message>
    <message>
        <source>Assign the chosen volunteer (Enter)</source>
        <translation>安排选中的志愿者 (Enter)</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部队伍</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>不限特长</translation>
    </message>
    <message>
        <source>Roster: {span} {role}</source>
        <translation>排班：{span} {role}</translation>
    </message>
    <message>
        <source>{filled} of {places} places filled</source>
        <translation>已安排 {filled} 人 / 名额 {places} 人</translation>
    </message>
    <message>
        <source>{count} candidates</source>
        <translation>可选志愿者 {count} 名</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>Assigned with overlapping shifts allowed.</source>
        <translation>已特批安排（班次时间重叠）。</translation>
    </message>
    <message>
        <source>Shifts overlap</source>
        <translation>班次时间冲突</translation>
    </message>
    <message>
        <source>{sentence}

Let the shifts overlap anyway (giving a reason)?</source>
        <translation>{sentence}

仍要特批时间重叠吗（需填写原因）？</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>特批</translation>
    </message>
    <message>
        <source>Reason for letting the shifts overlap:</source>
        <translation>特批班次时间重叠的原因：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All attended</source>
        <translation>全部到岗</translation>
    </message>
    <message>
        <source>{count} marked as attended.</source>
        <translation>已将 {count} 人记为到岗。</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>Take {name} off this shift?</source>
        <translation>将 {name} 从本班次移出吗？</translation>
    </message>
</context>
<context>
    <name>ShiftTable</name>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>e.g. sign-in desk</source>
        <translation>例如：签到台</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Check-in is on the day of the booking.</source>
        <translation>预约当天才能签到。</translation>
    </message>
    <message>
        <source>A session is completed once it has started.</source>
        <translation>预约开始后才能标记为完成。</translation>
    </message>
    <message>
        <source>A no-show is marked after the start time.</source>
        <translation>过了开始时间才能标记为爽约。</translation>
    </message>
    <message>
        <source>The session has started: only an administrator may cancel it.</source>
        <translation>预约已开始：只有管理员可以取消。</translation>
    </message>
    <message>
        <source>Book this time… (Enter)</source>
        <translation>预约这个时段… (Enter)</translation>
    </message>
    <message>
        <source>Open… (Enter)</source>
        <translation>打开… (Enter)</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Booking slip</source>
        <translation>预约回执</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;&lt;br&gt;Arrows: move · Shift+↑↓: stretch a range&lt;br&gt;Enter: book the range / open the booking&lt;br&gt;PageUp / PageDown: previous / next&lt;br&gt;Ctrl+N: new booking · Ctrl+F: go to a date&lt;br&gt;Menu key: actions</source>
        <translation>&lt;b&gt;快捷键&lt;/b&gt;&lt;br&gt;方向键：移动 · Shift+↑↓：选择时段&lt;br&gt;Enter：预约所选时段 / 打开预约&lt;br&gt;PageUp / PageDown：前一天（周）/ 后一天（周）&lt;br&gt;Ctrl+N：新建预约 · Ctrl+F：转到日期&lt;br&gt;菜单键：操作</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Drag over free time, or move with the arrows and stretch with Shift.</source>
        <translation>用鼠标拖选空闲时段，或用方向键移动、按住 Shift 扩展。</translation>
    </message>
    <message>
        <source>Free time</source>
        <translation>空闲时段</translation>
    </message>
    <message>
        <source>{start}–{end} ({minutes} min)</source>
        <translation>{start}–{end}（{minutes} 分钟）</translation>
    </message>
    <message>
        <source>Private booking</source>
        <translation>私密预约</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} 人</translation>
    </message>
    <message>
        <source>Handled by: {name}</source>
        <translation>负责人：{name}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
</context>
<context>
    <name>StartupSafety</name>
    <message>
        <source>Restore the newest good backup from {time}?</source>
        <translation>要恢复 {time} 的最新完好备份吗？</translation>
    </message>
    <message>
        <source>Choose a backup file to restore (for example on a USB drive)?</source>
        <translation>要选择一个备份文件来恢复吗（例如U盘上的备份）？</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Station Desk backup (*.db);;All files (*)</source>
        <translation>服务站前台备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>The backup from {time} was restored. The damaged database is kept as {copy}; please tell whoever looks after this PC.</source>
        <translation>已恢复 {time} 的备份。损坏的数据库保存为 {copy}；请告知负责这台电脑的人员。</translation>
    </message>
    <message>
        <source>Taking the daily backup… You can keep working.</source>
        <translation>正在进行每日备份…您可以继续工作。</translation>
    </message>
    <message>
        <source>Daily backup saved: {file}</source>
        <translation>每日备份已保存：{file}</translation>
    </message>
    <message>
        <source>Daily backup saved: {file}; no second copy: {problem}</source>
        <translation>每日备份已保存：{file}；未写入第二份：{problem}</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>每日备份失败：{reason}</translation>
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
    <name>StatusChangeDialog</name>
    <message>
        <source>Transfer out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>转往</translation>
    </message>
    <message>
        <source>The union the member moves to</source>
        <translation>会员转入的工会</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>退会</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The reason the member gave</source>
        <translation>会员本人说明的原因</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>恢复会籍</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>{action} – {member}</source>
        <translation>{action} – {member}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The member will be listed as active again.</source>
        <translation>恢复会籍后，该会员重新列为在册会员。</translation>
    </message>
    <message>
        <source>The member stays on file and can be reinstated later.</source>
        <translation>会员档案仍保留，以后可以恢复会籍。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Value per unit</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>库存预警线</translation>
    </message>
    <message>
        <source>Value on hand</source>
        <translation>库存金额</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Show inactive items</source>
        <translation>显示已停用物品</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>新增物品…</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>编辑物品…</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>入库…</translation>
    </message>
    <message>
        <source>Stock count…</source>
        <translation>盘点…</translation>
    </message>
    <message>
        <source>Write off…</source>
        <translation>报损…</translation>
    </message>
    <message>
        <source>For administrators</source>
        <translation>仅限管理员</translation>
    </message>
    <message>
        <source>Ledger…</source>
        <translation>台账…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Print stock report…</source>
        <translation>打印库存报表…</translation>
    </message>
    <message>
        <source>Export ledger (.xlsx)…</source>
        <translation>导出台账 (.xlsx)…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>统计期间：</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>库存偏低</translation>
    </message>
    <message>
        <source>Low stock: {items}</source>
        <translation>库存偏低：{items}</translation>
    </message>
    <message>
        <source>{name}: {on_hand} {unit} in stock now.</source>
        <translation>{name}：现有库存 {on_hand} {unit}。</translation>
    </message>
    <message>
        <source>Stock report {start} – {end}</source>
        <translation>库存报表 {start} – {end}</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>ledger-{start}-{end}.xlsx</source>
        <translation>台账-{start}-{end}.xlsx</translation>
    </message>
    <message>
        <source>Exported {count} movements to {path}.</source>
        <translation>已导出 {count} 笔出入库记录到 {path}。</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Edit team</source>
        <translation>编辑队伍</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>新增队伍</translation>
    </message>
    <message>
        <source>(none: this is the brigade)</source>
        <translation>（无：这是大队）</translation>
    </message>
    <message>
        <source>(no community)</source>
        <translation>（不属于社区）</translation>
    </message>
    <message>
        <source>(no leader)</source>
        <translation>（未设队长）</translation>
    </message>
    <message>
        <source>Save the team and add its volunteers first; then pick the leader.</source>
        <translation>请先保存队伍并加入志愿者，再选择队长。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>队伍名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Under</source>
        <translation>上级队伍(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>社区(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Leader</source>
        <translation>队长(&amp;L)</translation>
    </message>
    <message>
        <source>The leader is one of this team's volunteers or its squads'.</source>
        <translation>队长须是本队或其下属分队的志愿者。</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <source>Teams</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Year </source>
        <translation>年度 </translation>
    </message>
    <message>
        <source>&amp;Add team…</source>
        <translation>新增队伍(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit team…</source>
        <translation>编辑队伍(&amp;E)…</translation>
    </message>
    <message>
        <source>Add missing &amp;squads</source>
        <translation>补建社区分队(&amp;S)</translation>
    </message>
    <message>
        <source>Add the brigade and one squad for each community that has none.</source>
        <translation>建立大队，并为尚无分队的每个社区建立一个分队。</translation>
    </message>
    <message>
        <source>Only an administrator changes teams and skills.</source>
        <translation>只有管理员可以修改队伍和特长。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍名称</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>队长</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Served this year</source>
        <translation>本年参加服务人数</translation>
    </message>
    <message>
        <source>Hours this year</source>
        <translation>本年服务时长</translation>
    </message>
    <message>
        <source>Add s&amp;kill…</source>
        <translation>新增特长(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>改名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>特长</translation>
    </message>
    <message>
        <source>{teams} teams, {volunteers} volunteers, {hours} hours in {year}</source>
        <translation>{teams} 支队伍，{volunteers} 名志愿者，{year} 年服务 {hours} 小时</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{count} attended shifts in {year}</source>
        <translation>{year} 年到岗 {count} 个班次</translation>
    </message>
    <message>
        <source>{name} (no longer offered)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>{name} ({count} volunteers)</source>
        <translation>{name}（{count} 名志愿者）</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>Add missing squads</source>
        <translation>补建社区分队</translation>
    </message>
    <message>
        <source>{count} teams added.</source>
        <translation>已新增 {count} 支队伍。</translation>
    </message>
    <message>
        <source>Every community has its squad already.</source>
        <translation>每个社区都已有分队。</translation>
    </message>
    <message>
        <source>Add skill</source>
        <translation>新增特长</translation>
    </message>
    <message>
        <source>Skill:</source>
        <translation>特长：</translation>
    </message>
    <message>
        <source>Rename skill</source>
        <translation>特长改名</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
</context>
<context>
    <name>UnitFormDialog</name>
    <message>
        <source>Add unit</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <source>18 characters; leave empty if the unit has none</source>
        <translation>18 位；单位没有的可不填</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <source>Mobile or telephone, e.g. 010-65123456</source>
        <translation>手机号或固定电话，如 010-65123456</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>建会情况</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>建会日期</translation>
    </message>
    <message>
        <source>Union name</source>
        <translation>工会名称</translation>
    </message>
    <message>
        <source>Union chair</source>
        <translation>工会主席</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>UnitLedger</name>
    <message>
        <source>Unit ledger</source>
        <translation>单位台账</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>建会情况</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>建会日期</translation>
    </message>
    <message>
        <source>Union chair</source>
        <translation>工会主席</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Members here</source>
        <translation>本站入会人数</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>包干人员</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>{total} units, {founded} with a union, {members} members registered here.</source>
        <translation>单位 {total} 家，已建会 {founded} 家，在本站入会 {members} 人。</translation>
    </message>
    <message>
        <source>Chosen: {filter}</source>
        <translation>筛选：{filter}</translation>
    </message>
    <message>
        <source>No unit matches.</source>
        <translation>没有符合条件的单位。</translation>
    </message>
</context>
<context>
    <name>UnitLedgerDialog</name>
    <message>
        <source>Staff and contacts: {unit}</source>
        <translation>包干与联系：{unit}</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>联系事项</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>What was agreed, who was met …</source>
        <translation>商定事项、接洽人……</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Staff member responsible:</source>
        <translation>包干人员：</translation>
    </message>
    <message>
        <source>Contacts with the unit:</source>
        <translation>联系记录：</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>已添加记录。</translation>
    </message>
    <message>
        <source>Choose the note to delete.</source>
        <translation>请选择要删除的记录。</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>建会情况</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>建会日期</translation>
    </message>
    <message>
        <source>Union chair</source>
        <translation>工会主席</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Member count</source>
        <translation>会员数</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>包干人员</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Search: unit name, pinyin initials, credit code</source>
        <translation>搜索：单位名称 / 拼音首字母 / 统一社会信用代码</translation>
    </message>
    <message>
        <source>Add unit (Ctrl+N)</source>
        <translation>新增单位 (Ctrl+N)</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>Any union status</source>
        <translation>全部建会情况</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Save a blank import template…</source>
        <translation>保存空白导入模板…</translation>
    </message>
    <message>
        <source>Excel import is not available yet.</source>
        <translation>暂不能从 Excel 导入。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected unit (Ctrl+E)</source>
        <translation>编辑选中的单位 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Show its members</source>
        <translation>查看本单位会员</translation>
    </message>
    <message>
        <source>Staff and contacts…</source>
        <translation>包干与联系…</translation>
    </message>
    <message>
        <source>The staff member responsible for the unit and the notes of contacts</source>
        <translation>单位的包干人员和联系记录</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Print the ledger…</source>
        <translation>打印单位台账…</translation>
    </message>
    <message>
        <source>Export the ledger to Excel…</source>
        <translation>导出单位台账（Excel）…</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <source>No units yet. Press Ctrl+N to add the first one.</source>
        <translation>还没有单位。按 Ctrl+N 新增第一家单位。</translation>
    </message>
    <message>
        <source>No unit matches “{query}”.</source>
        <translation>没有找到与“{query}”相符的单位。</translation>
    </message>
    <message>
        <source>No unit matches these filters.</source>
        <translation>没有符合筛选条件的单位。</translation>
    </message>
    <message>
        <source>Nobody responsible</source>
        <translation>未安排包干人员</translation>
    </message>
    <message>
        <source>Any staff member</source>
        <translation>全部包干人员</translation>
    </message>
    <message>
        <source>Unions founded: {founded} / units: {total}</source>
        <translation>已建会 {founded} 家 / 共 {total} 家单位</translation>
    </message>
    <message>
        <source>{count} listed</source>
        <translation>共 {count} 家</translation>
    </message>
    <message>
        <source>Added: {name}.</source>
        <translation>已新增：{name}。</translation>
    </message>
    <message>
        <source>Saved: {name}.</source>
        <translation>已保存：{name}。</translation>
    </message>
    <message>
        <source>Unit ledger</source>
        <translation>单位台账</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>导出单位台账</translation>
    </message>
    <message>
        <source>Exported the ledger of {count} units to {file}.</source>
        <translation>已导出 {count} 家单位的台账到 {file}。</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>暂不可用</translation>
    </message>
    <message>
        <source>Excel import is not available in this version.</source>
        <translation>此版本暂不能从 Excel 导入。</translation>
    </message>
    <message>
        <source>Imported {count} units.</source>
        <translation>已导入 {count} 家单位。</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>New volunteer</source>
        <translation>新增志愿者</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>A &amp;member</source>
        <translation>会员(&amp;M)</translation>
    </message>
    <message>
        <source>N&amp;ot a member</source>
        <translation>非会员(&amp;O)</translation>
    </message>
    <message>
        <source>Member's name, initials, mobile tail or number</source>
        <translation>会员姓名、拼音首字母、手机尾号或会员号</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>&amp;Find member</source>
        <translation>查找会员(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>证件号码(&amp;I)</translation>
    </message>
    <message>
        <source>Mo&amp;bile</source>
        <translation>手机号(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>队伍(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>特长(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Usually free</source>
        <translation>通常有空(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Joined</source>
        <translation>加入日期(&amp;J)</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>备注(&amp;E)</translation>
    </message>
    <message>
        <source>Member {number}</source>
        <translation>会员号 {number}</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored number.</source>
        <translation>留空则保留原号码。</translation>
    </message>
    <message>
        <source>{member} (a volunteer already)</source>
        <translation>{member}（已是志愿者）</translation>
    </message>
    <message>
        <source>Chosen: {member}</source>
        <translation>已选：{member}</translation>
    </message>
    <message>
        <source>Choose the member from the list.</source>
        <translation>请从列表中选择会员。</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Search: name, pinyin initials, mobile tail, ID or member number (Ctrl+F)</source>
        <translation>搜索：姓名、拼音首字母、手机尾号、证件号码或会员号 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部队伍</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>不限特长</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>显示非在册志愿者</translation>
    </message>
    <message>
        <source>&amp;Add volunteer…</source>
        <translation>新增志愿者(&amp;A)…</translation>
    </message>
    <message>
        <source>Add volunteer (Ctrl+N)</source>
        <translation>新增志愿者 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>No volunteers match.</source>
        <translation>没有符合条件的志愿者。</translation>
    </message>
    <message>
        <source>{count} volunteers</source>
        <translation>共 {count} 名志愿者</translation>
    </message>
    <message>
        <source>History</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>No hours yet.</source>
        <translation>尚无服务时长。</translation>
    </message>
    <message>
        <source>Not on any shift yet.</source>
        <translation>尚未参加任何班次。</translation>
    </message>
    <message>
        <source>Print &amp;certificate…</source>
        <translation>打印志愿服务记录证明(&amp;C)…</translation>
    </message>
    <message>
        <source>Service certificate for</source>
        <translation>志愿服务记录证明年份</translation>
    </message>
    <message>
        <source>{name} · {team}</source>
        <translation>{name} · {team}</translation>
    </message>
    <message>
        <source>Hours this year {year}: {hours} · in all: {total}</source>
        <translation>{year} 年服务时长：{hours} 小时 · 累计：{total} 小时</translation>
    </message>
</context>
<context>
    <name>VolunteersReport</name>
    <message>
        <source>Hours {year}</source>
        <translation>{year} 年服务时长</translation>
    </message>
    <message>
        <source>By volunteer</source>
        <translation>按志愿者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Service activity</source>
        <translation>服务活动</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Hours corrected because</source>
        <translation>服务时长更正原因</translation>
    </message>
    <message>
        <source>Overlap allowed because</source>
        <translation>特批时间重叠原因</translation>
    </message>
    <message>
        <source>Times served</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>排班表</translation>
    </message>
    <message>
        <source>Roster: {title}</source>
        <translation>{title} 排班表</translation>
    </message>
    <message>
        <source>Leader's copy: mobile numbers in full. Keep it safe and destroy it after the activity.</source>
        <translation>负责人联系用：含完整手机号，请妥善保管，服务活动结束后销毁。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>队长</translation>
    </message>
    <message>
        <source>Places filled</source>
        <translation>已安排/名额</translation>
    </message>
    <message>
        <source>{filled} of {places}</source>
        <translation>{filled} / {places}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Shift {number}: {span}, {role}, {filled} of {places} places</source>
        <translation>班次 {number}：{span}，{role}，已安排 {filled} 人 / 名额 {places} 人</translation>
    </message>
    <message>
        <source>Shift {number}: {span}, {filled} of {places} places</source>
        <translation>班次 {number}：{span}，已安排 {filled} 人 / 名额 {places} 人</translation>
    </message>
    <message>
        <source>{count} cancelled, not listed.</source>
        <translation>另有 {count} 人已取消，未列出。</translation>
    </message>
    <message>
        <source>No shifts planned yet.</source>
        <translation>尚未安排班次。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Roster (leader's contact copy)</source>
        <translation>排班表（负责人联系用）</translation>
    </message>
    <message>
        <source>Roster (leader's contact copy): {title}</source>
        <translation>排班表（负责人联系用）：{title}</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Overlap allowed: {reason}</source>
        <translation>特批时间重叠：{reason}</translation>
    </message>
    <message>
        <source>Hours {hours}: {reason}</source>
        <translation>服务时长更正为 {hours} 小时：{reason}</translation>
    </message>
    <message>
        <source>{count} volunteers on this roster are also on another shift at the same time, allowed by an administrator (see Notes).</source>
        <translation>本表中有 {count} 名志愿者同一时间另有班次，已经管理员特批（见备注）。</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>带队人</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Volunteer Service Record Certificate</source>
        <translation>志愿服务记录证明</translation>
    </message>
    <message>
        <source>Certificate No. {number}</source>
        <translation>证明编号：{number}</translation>
    </message>
    <message>
        <source>This is to certify that {name} (ID number {id_number}), a volunteer of {team}, took part in volunteer service {count} times from {first} to {last}, {hours} hours of service in all.</source>
        <translation>兹证明 {name}（证件号码：{id_number}）系 {team} 志愿者，于 {first} 至 {last} 期间参加志愿服务 {count} 次，累计服务时长 {hours} 小时。</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Volunteer since</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>证明期间</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Hereby certified.</source>
        <translation>特此证明。</translation>
    </message>
    <message>
        <source>(Seal)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <source>Issued by: {issuer}</source>
        <translation>出具人：{issuer}</translation>
    </message>
    <message>
        <source>{last} (the date of issue)</source>
        <translation>{last}（截至出具之日）</translation>
    </message>
    <message>
        <source>To verify this certificate, call the service station at {phone}.</source>
        <translation>如需核实本证明，请致电服务站：{phone}。</translation>
    </message>
    <message>
        <source>This certificate replaces No. {number}, whose hours have since changed.</source>
        <translation>本证明取代编号 {number} 的证明（其服务时长已有变更）。</translation>
    </message>
    <message>
        <source>Certificate number {number}</source>
        <translation>证明编号 {number}</translation>
    </message>
    <message>
        <source>Preview: not yet issued</source>
        <translation>预览：尚未出具</translation>
    </message>
    <message>
        <source>{year}-{month}-{day}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <source>Volunteer service figures</source>
        <translation>志愿服务统计</translation>
    </message>
    <message>
        <source>Volunteer service in {year}</source>
        <translation>{year} 年志愿服务统计</translation>
    </message>
    <message>
        <source>Service activities planned</source>
        <translation>计划开展服务活动（项）</translation>
    </message>
    <message>
        <source>Service activities held</source>
        <translation>已开展服务活动（项）</translation>
    </message>
    <message>
        <source>Volunteers on file</source>
        <translation>在册志愿者</translation>
    </message>
    <message>
        <source>Volunteers who served</source>
        <translation>参加服务志愿者人数</translation>
    </message>
    <message>
        <source>Hours of service</source>
        <translation>服务总时长（小时）</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>按队伍</translation>
    </message>
    <message>
        <source>By kind of service</source>
        <translation>按服务类别</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>参加服务人数</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>服务活动（项）</translation>
    </message>
    <message>
        <source>Counted: attended shifts that began in {year}. A team's figures are those of the volunteers in it now; the brigade's own line is its volunteers outside the squads.</source>
        <translation>统计口径：{year} 年内开始且已到岗的班次。各队数字按志愿者当前所在队伍统计；大队一行为不属于任何分队的志愿者。</translation>
    </message>
    <message>
        <source>No attended service recorded yet.</source>
        <translation>尚无到岗服务记录。</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮扶</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation>宣传</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>联络</translation>
    </message>
    <message>
        <source>Organising</source>
        <translation>活动组织</translation>
    </message>
    <message>
        <source>Neighbourhood watch</source>
        <translation>邻里守望</translation>
    </message>
    <message>
        <source>Care for elderly and disabled</source>
        <translation>敬老助残</translation>
    </message>
    <message>
        <source>Community building</source>
        <translation>家园建设</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已到岗</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>未到岗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>晚上</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>随时可以</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>{weekday} {part}</source>
        <translation>{weekday}{part}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Whole brigade</source>
        <translation>全大队（不分队）</translation>
    </message>
</context>
<context>
    <name>VolunteersTab</name>
    <message>
        <source>Activities</source>
        <translation>服务活动</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Roster of this activity</source>
        <translation>本服务活动排班表</translation>
    </message>
    <message>
        <source>Leader's copy (full mobiles)</source>
        <translation>负责人联系用（完整手机号）</translation>
    </message>
    <message>
        <source>Year summary…</source>
        <translation>年度汇总…</translation>
    </message>
    <message>
        <source>Export hours (.xlsx)…</source>
        <translation>导出服务时长 (.xlsx)…</translation>
    </message>
    <message>
        <source>No volunteer found for {number}. To sign this person up: Add volunteer (Ctrl+N).</source>
        <translation>没有与 {number} 对应的志愿者。如要登记此人为志愿者，请按 Ctrl+N 新增志愿者。</translation>
    </message>
    <message>
        <source>Year summary</source>
        <translation>年度汇总</translation>
    </message>
    <message>
        <source>Export hours</source>
        <translation>导出服务时长</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Shifts attended</source>
        <translation>到岗班次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>服务活动</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>所属队伍</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>已安排/名额</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已到岗</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Overlap allowed: {reason}</source>
        <translation>特批时间重叠：{reason}</translation>
    </message>
    <message>
        <source>Hours: {reason}</source>
        <translation>服务时长更正：{reason}</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>特长</translation>
    </message>
    <message>
        <source>Hours this year</source>
        <translation>本年服务时长</translation>
    </message>
    <message>
        <source>Free?</source>
        <translation>是否空闲</translation>
    </message>
    <message>
        <source>On this shift</source>
        <translation>已在本班次</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>有冲突</translation>
    </message>
    <message>
        <source>{state} (usually not)</source>
        <translation>{state}（通常不便）</translation>
    </message>
    <message>
        <source>Usually free</source>
        <translation>通常有空</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
</context>
<context>
    <name>WelfareHandout</name>
    <message>
        <source>On the list, not collected yet</source>
        <translation>在名单内，尚未领取</translation>
    </message>
    <message>
        <source>Already handed out on {time} by {operator}</source>
        <translation>已于 {time} 由 {operator} 发放</translation>
    </message>
    <message>
        <source>Taken off the list: {why}</source>
        <translation>已移出名单：{why}</translation>
    </message>
    <message>
        <source>Not on the list: {why}</source>
        <translation>不在名单内：{why}</translation>
    </message>
    <message>
        <source>Not eligible: {why}</source>
        <translation>不符合条件：{why}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Employer / community</source>
        <translation>单位 / 社区</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>WelfareReport</name>
    <message>
        <source>Hand-out sign-off list</source>
        <translation>发放签收表</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Items and quantity</source>
        <translation>物品及数量</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Date collected</source>
        <translation>领取日期</translation>
    </message>
    <message>
        <source>Campaign: {name}</source>
        <translation>慰问活动：{name}</translation>
    </message>
    <message>
        <source>Dates: {start} to {end}</source>
        <translation>起止日期：{start} 至 {end}</translation>
    </message>
    <message>
        <source>Each recipient: {package}</source>
        <translation>每人：{package}</translation>
    </message>
    <message>
        <source>cash {amount}</source>
        <translation>慰问金 {amount}</translation>
    </message>
    <message>
        <source>collected by {name} ({relationship})</source>
        <translation>{name} 代领（{relationship}）</translation>
    </message>
    <message>
        <source>collected by {name}</source>
        <translation>{name} 代领</translation>
    </message>
    <message>
        <source>No community on file</source>
        <translation>未登记社区</translation>
    </message>
    <message>
        <source>No employer on file</source>
        <translation>未登记单位</translation>
    </message>
    <message>
        <source>{title} ({count} recipients)</source>
        <translation>{title}（{count} 人）</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title}（续）</translation>
    </message>
    <message>
        <source>This group: {count} recipients.</source>
        <translation>本组共 {count} 人。</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>On the list: {planned} recipients; collected: {served}; not yet collected: {remaining}.</source>
        <translation>名单共 {planned} 人；已领取 {served} 人；未领取 {remaining} 人。</translation>
    </message>
    <message>
        <source>Issued quantities and values are those of the stock ledger.</source>
        <translation>发放数量和金额以库存台账为准。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Each</source>
        <translation>每人数量</translation>
    </message>
    <message>
        <source>To issue</source>
        <translation>应发</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发</translation>
    </message>
    <message>
        <source>Value issued</source>
        <translation>已发金额</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>慰问金</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Campaign summary</source>
        <translation>慰问活动汇总</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>慰问品组合</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开始发放时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结束发放时间</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>慰问对象</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>名单人数</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>Not yet collected</source>
        <translation>未领取</translation>
    </message>
    <message>
        <source>Taken off the list</source>
        <translation>已移出名单</translation>
    </message>
    <message>
        <source>Items issued</source>
        <translation>发放物品</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Value of items issued</source>
        <translation>发放物品金额</translation>
    </message>
    <message>
        <source>Cash handed out</source>
        <translation>发放慰问金</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>By community</source>
        <translation>按社区</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Collected %</source>
        <translation>领取率</translation>
    </message>
    <message>
        <source>Stock report</source>
        <translation>库存报表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Stock movements by item</source>
        <translation>各物品出入库情况</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>期初结存</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Count adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>报损</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>期末结存</translation>
    </message>
    <message>
        <source>Closing value</source>
        <translation>期末结存金额</translation>
    </message>
    <message>
        <source>Ledger of the period</source>
        <translation>本期台账</translation>
    </message>
    <message>
        <source>No movements in this period.</source>
        <translation>本期没有出入库记录。</translation>
    </message>
    <message>
        <source>Balances now</source>
        <translation>当前库存</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>结存</translation>
    </message>
    <message>
        <source>Source / note</source>
        <translation>来源 / 备注</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Stock state</source>
        <translation>库存状态</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>预警数量</translation>
    </message>
    <message>
        <source>low</source>
        <translation>偏低</translation>
    </message>
    <message>
        <source>no longer used</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>领取凭证</translation>
    </message>
    <message>
        <source>Recipient's copy</source>
        <translation>领取人留存联</translation>
    </message>
    <message>
        <source>Station's copy</source>
        <translation>服务站存根联</translation>
    </message>
    <message>
        <source>cut here</source>
        <translation>沿此线剪开</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>慰问活动</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Collected at</source>
        <translation>领取时间</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>代领人</translation>
    </message>
    <message>
        <source>Recipient's signature</source>
        <translation>领取人签字</translation>
    </message>
    <message>
        <source>Station seal</source>
        <translation>服务站（盖章）</translation>
    </message>
    <message>
        <source>Please keep this receipt. Questions: call the station on {phone}.</source>
        <translation>请妥善保管本凭证。如有疑问请致电服务站：{phone}。</translation>
    </message>
    <message>
        <source>Added because</source>
        <translation>加入原因</translation>
    </message>
    <message>
        <source>Taken off because</source>
        <translation>移出原因</translation>
    </message>
    <message>
        <source>Handed out by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Their phone</source>
        <translation>代领人电话</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>与本人关系</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Stock ledger</source>
        <translation>库存台账</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Festival care</source>
        <translation>节日慰问</translation>
    </message>
    <message>
        <source>Hardship relief</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <source>Summer cooling</source>
        <translation>夏季送清凉</translation>
    </message>
    <message>
        <source>Women workers' care</source>
        <translation>女职工关爱</translation>
    </message>
    <message>
        <source>Members-only event</source>
        <translation>会员专享活动</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Handing out</source>
        <translation>发放中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>发放出库</translation>
    </message>
    <message>
        <source>Hand-out undone</source>
        <translation>撤销发放</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>all active members</source>
        <translation>全部在册会员</translation>
    </message>
    <message>
        <source>{count} communities</source>
        <translation>{count}个社区</translation>
    </message>
    <message>
        <source>{count} employers</source>
        <translation>{count}家单位</translation>
    </message>
    <message>
        <source>joined before {date}</source>
        <translation>{date}前入会</translation>
    </message>
    <message>
        <source>Hand-outs</source>
        <translation>发放记录</translation>
    </message>
</context>
<context>
    <name>WelfareTab</name>
    <message>
        <source>Hand-out</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>慰问活动</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>No campaign is open: open one on the Campaigns page first.</source>
        <translation>没有发放中的慰问活动：请先在“慰问活动”页开始发放。</translation>
    </message>
</context>
</TS>
