<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Activity</name>
    <message>
        <source>The activity needs a title.</source>
        <translation>活动需要一个标题。</translation>
    </message>
    <message>
        <source>The activity needs a start time.</source>
        <translation>活动需要开始时间。</translation>
    </message>
    <message>
        <source>The activity ends before it starts.</source>
        <translation>活动的结束时间早于开始时间。</translation>
    </message>
</context>
<context>
    <name>ActivityCheckIns</name>
    <message numerus="yes">
        <source>“%1” has %n check-in(s) recorded on %2: moved to another day or made another kind of activity, it would leave them on that day. Clear them in the check-in grid first, or add another activity.</source>
        <translation>
            <numerusform>“%1”在 %2 记有 %n 次打卡：改到别的日期或改成别的活动类型，这些打卡会留在原来那一天。请先在打卡表中清除它们，或另外添加一个活动。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityRemoval</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n 次打卡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n 份复盘</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copied line(s)</source>
        <translation>
            <numerusform>%n 次话术复制</numerusform>
        </translation>
    </message>
    <message>
        <source>Since these activities were added, other work names them (%1): undoing the add would delete it too, so nothing was undone. Delete the activities themselves if they should go.</source>
        <translation>这些活动添加之后，已有别的记录用到它们（%1）：撤销添加会把这些记录一并删除，因此没有撤销。如果确实不需要这些活动，请直接删除它们。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>Activity %1 does not exist.</source>
        <translation>活动 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>ActivityReviewRepository</name>
    <message>
        <source>Review %1 does not exist.</source>
        <translation>复盘 %1 不存在。</translation>
    </message>
    <message>
        <source>Activity %1 is not in this camp.</source>
        <translation>活动 %1 不在本训练营中。</translation>
    </message>
</context>
<context>
    <name>ActivityStatsCache</name>
    <message>
        <source>The activities span more than ten years; their participation is not computed.</source>
        <translation>活动的时间跨度超过十年，不计算其参与情况。</translation>
    </message>
</context>
<context>
    <name>ActivityStatus</name>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>ActivityType</name>
    <message>
        <source>Announcement</source>
        <translation>群公告</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>打卡</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>娱乐活动</translation>
    </message>
    <message>
        <source>Sharing session</source>
        <translation>分享会</translation>
    </message>
    <message>
        <source>Opening ceremony</source>
        <translation>开营仪式</translation>
    </message>
    <message>
        <source>Closing ceremony</source>
        <translation>结营仪式</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>精华</translation>
    </message>
    <message>
        <source>Staff task</source>
        <translation>工作任务</translation>
    </message>
</context>
<context>
    <name>AddCampCommand</name>
    <message>
        <source>Create camp “%1”</source>
        <translation>创建训练营“%1”</translation>
    </message>
</context>
<context>
    <name>AddMemberCommand</name>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
</context>
<context>
    <name>AddPlanCommand</name>
    <message>
        <source>Add a plan to “%1”</source>
        <translation>为“%1”添加计划</translation>
    </message>
</context>
<context>
    <name>AddReviewCommand</name>
    <message>
        <source>Write review of “%1”</source>
        <translation>撰写“%1”的复盘</translation>
    </message>
</context>
<context>
    <name>AddedMembers</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n 次打卡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n 条违规记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) a sign-up list taught</source>
        <translation>
            <numerusform>%n 个由接龙学到的名字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat account(s) matched to them</source>
        <translation>
            <numerusform>%n 个对应到他们的聊天账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) in other camps</source>
        <translation>
            <numerusform>%n 个其他训练营的成员身份</numerusform>
        </translation>
    </message>
    <message>
        <source>Since these members were added, other work names them (%1): undoing the add would delete it too, so nothing was undone. Remove the members themselves if they should go.</source>
        <translation>这些成员添加之后，已有别的记录用到他们（%1）：撤销添加会把这些记录一并删除，因此没有撤销。如果确实不需要这些成员，请直接将他们移出。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) they own or speak at</source>
        <translation>
            <numerusform>%n 个由他们负责或主讲的活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subgroup(s) they lead</source>
        <translation>
            <numerusform>%n 个由他们带领的小组</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>备份 %1 无法恢复：%2</translation>
    </message>
    <message>
        <source>%1 before restore %2.campdesk</source>
        <translation>%1 恢复前 %2.campdesk</translation>
    </message>
    <message>
        <source>%1 could not be moved aside; nothing was restored.</source>
        <translation>无法把 %1 移到一旁，因此没有恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1; the workspace was left as it was.</source>
        <translation>无法用备份替换 %1；工作区保持原样。</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>备份未恢复：%1</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Before the upgrade from workspace version %1</source>
        <translation>从工作区版本 %1 升级之前</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>The backup could not be copied next to %1: %2</source>
        <translation>无法把备份复制到 %1 旁边：%2</translation>
    </message>
    <message>
        <source>The log %1 could not be moved aside with its file; nothing was restored.</source>
        <translation>日志文件 %1 无法随工作区文件一起改名保留；没有恢复任何内容。</translation>
    </message>
    <message>
        <source>The workspace %1 could not be put back as it was: rename %2 back by hand.</source>
        <translation>工作区 %1 无法恢复原样：请手动把 %2 改回原来的名字。</translation>
    </message>
</context>
<context>
    <name>Camp</name>
    <message>
        <source>The camp needs a name.</source>
        <translation>训练营需要一个名称。</translation>
    </message>
    <message>
        <source>The first course day is missing.</source>
        <translation>缺少开课第一天。</translation>
    </message>
    <message>
        <source>The last course day is missing.</source>
        <translation>缺少最后一个课程日。</translation>
    </message>
    <message>
        <source>The last course day is before the first course day.</source>
        <translation>最后一个课程日早于开课第一天。</translation>
    </message>
    <message>
        <source>The preparation period must start on or before the first course day.</source>
        <translation>预备期必须在开课第一天当天或之前开始。</translation>
    </message>
    <message>
        <source>The wrap-up period must end on or after the last course day.</source>
        <translation>结营期必须在最后一个课程日当天或之后结束。</translation>
    </message>
    <message>
        <source>The target member count cannot be negative.</source>
        <translation>目标人数不能为负数。</translation>
    </message>
    <message>
        <source>The target active rate must be between 0 and 100 %.</source>
        <translation>目标活跃率必须在 0 到 100 % 之间。</translation>
    </message>
    <message>
        <source>The target check-in rate must be between 0 and 100 %.</source>
        <translation>目标打卡率必须在 0 到 100 % 之间。</translation>
    </message>
    <message>
        <source>The number of warnings before removal must be between 0 and 10.</source>
        <translation>移出前的警告次数必须在 0 到 10 之间。</translation>
    </message>
    <message>
        <source>The time counted after an activity must be between 0 and 1,440 minutes.</source>
        <translation>活动结束后计入的时长必须在 0 到 1440 分钟之间。</translation>
    </message>
    <message>
        <source>The days of silence before a member is at risk must be between 1 and 365.</source>
        <translation>判定成员有流失风险的沉默天数必须在 1 到 365 之间。</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows; give an IANA name such as Asia/Shanghai.</source>
        <translation>“%1”不是这台电脑认识的时区；请给出 IANA 名称，如 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>This computer does not know the camp&apos;s time zone “%1”: here its days are counted in this computer&apos;s zone (%2) until the computer&apos;s time zone data is updated.</source>
        <translation>这台电脑不认识训练营的时区“%1”：在这台电脑的时区数据更新之前，这里按这台电脑的时区（%2）计算它的日期。</translation>
    </message>
</context>
<context>
    <name>CampDesk::ActivityDialog</name>
    <message>
        <source>Edit Activity</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>暂无负责人</translation>
    </message>
    <message>
        <source>New checklist item</source>
        <translation>新的检查项</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>检查清单：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The prepared text this activity posts; the plan offers to copy it filled for the day.</source>
        <translation>这个活动要发的预备文案；计划里可以一键复制按当天填好的文本。</translation>
    </message>
    <message>
        <source>Prepared text:</source>
        <translation>预备文案：</translation>
    </message>
    <message>
        <source>The member who gives the sharing session; the review&apos;s leaderboard counts it.</source>
        <translation>主讲这场分享会的成员；复盘排行榜会计入。</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>主讲人：</translation>
    </message>
</context>
<context>
    <name>CampDesk::ActivityReviewDialog</name>
    <message>
        <source>Review of “%1”</source>
        <translation>“%1”的复盘</translation>
    </message>
    <message>
        <source>Figures as of %1; later imports do not change them.</source>
        <translation>数据截至 %1；之后的导入不会改变这些数据。</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人参与</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Earlier of its type</source>
        <translation>以往同类活动</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>What worked: the guest, the timing, the promotion…</source>
        <translation>哪些做得好：嘉宾、时间安排、宣传预热……</translation>
    </message>
    <message>
        <source>What to change; if turnout was low, why (weak promotion? ask a few members).</source>
        <translation>哪些要改；如果参与人数少，原因是什么（宣传不到位？问问几位成员）。</translation>
    </message>
    <message>
        <source>Who does what by when.</source>
        <translation>谁在什么时间之前做什么。</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>做得好的</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>待改进</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Review of “%1” saved</source>
        <translation>“%1”的复盘已保存</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A figure&apos;s label in the activity review, as in &quot;Checked in:&quot;</extracomment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Your notes were not saved, because this review was changed after you opened it. They are still here. Save again to write them over the review as it is now, or Cancel to keep the other version.

As it is now:
%1: %2
%3: %4
%5: %6</source>
        <translation>你的复盘笔记没有保存：你打开之后，这份复盘被改过了。你写的内容仍保留在上面的输入框里。再点一次“保存”会用你的内容替换现在的版本；点“取消”则保留对方的版本。

现在的版本：
%1：%2
%3：%4
%5：%6</translation>
    </message>
    <message>
        <source>Your notes were not saved, because this review was deleted after you opened it. They are still here. Save again to write the review anew with them, or Cancel to leave it deleted.</source>
        <translation>你的复盘笔记没有保存：你打开之后，这份复盘被删除了。你写的内容仍保留在上面的输入框里。再点一次“保存”会用这些内容重新写一份复盘；点“取消”则让它保持删除。</translation>
    </message>
</context>
<context>
    <name>CampDesk::AgendaModel</name>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Prepared text</source>
        <translation>预备文案</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文案</translation>
    </message>
    <message>
        <source>Time cannot be read</source>
        <translation>时间无法读取</translation>
    </message>
</context>
<context>
    <name>CampDesk::AutoSplitDialog</name>
    <message>
        <source>Number of groups:</source>
        <translation>小组数量：</translation>
    </message>
    <message>
        <source>Spread cities</source>
        <translation>打散城市</translation>
    </message>
    <message>
        <source>Spread occupations</source>
        <translation>打散职业</translation>
    </message>
    <message>
        <source>Auto-split into Subgroups</source>
        <translation>自动分组</translation>
    </message>
    <message>
        <source>Members per group:</source>
        <translation>每组人数：</translation>
    </message>
    <message>
        <source>The same seed gives the same split; change it for another one.</source>
        <translation>相同的种子得到相同的分组；换一个种子可以得到另一种分法。</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>Names of new groups:</source>
        <translation>新小组的名称：</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) are split; staff stay where they are. Core and seed members are spread evenly.</source>
        <translation>
            <numerusform>将为 %n 名学员分组；工作人员不变。核心用户和种子用户会平均分配。</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市数</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message numerus="yes">
        <source>Auto-split %n member(s) into %1 subgroups</source>
        <translation>
            <numerusform>把 %n 名成员自动分成 %1 组</numerusform>
        </translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>{n}组</translation>
    </message>
    <message>
        <source>{n} becomes the group number</source>
        <translation>{n} 会换成小组编号</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>CampDesk::CalendarView</name>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1，%2–%3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Checklist: %1 of %2 done</source>
        <translation>检查清单：已完成 %1 / %2</translation>
    </message>
    <message>
        <source>Copy to %1</source>
        <translation>复制到 %1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>移到 %1</translation>
    </message>
</context>
<context>
    <name>CampDesk::CampListModel</name>
    <message>
        <source>%1
%2 · course %3</source>
        <translation>%1
%2 · 课程 %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>CampDesk::CampOverviewWidget</name>
    <message>
        <source>Camp</source>
        <translation>训练营</translation>
    </message>
    <message>
        <source>What the camp is about, in one line</source>
        <translation>一句话说明这期训练营做什么</translation>
    </message>
    <message>
        <source>Who it is for, how it runs</source>
        <translation>面向谁、怎么开展</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Positioning:</source>
        <translation>定位：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>简介：</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Preparation starts:</source>
        <translation>预备期开始：</translation>
    </message>
    <message>
        <source>First course day:</source>
        <translation>开课第一天：</translation>
    </message>
    <message>
        <source>Last course day:</source>
        <translation>最后课程日：</translation>
    </message>
    <message>
        <source>Wrap-up ends:</source>
        <translation>结营结束：</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Share of members who speak or check in on a day. Above 30 % counts as an active group.</source>
        <translation>当天发言或打卡的成员占比。高于 30 % 即为活跃群。</translation>
    </message>
    <message>
        <source>Target members:</source>
        <translation>目标人数：</translation>
    </message>
    <message>
        <source>Target active rate:</source>
        <translation>目标活跃率：</translation>
    </message>
    <message>
        <source>Target check-in rate:</source>
        <translation>目标打卡率：</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Group rules</source>
        <translation>群规</translation>
    </message>
    <message>
        <source>What is encouraged, what is forbidden, the consequences, and whom to ask.</source>
        <translation>鼓励什么、禁止什么、违规后果，以及有问题找谁。</translation>
    </message>
    <message>
        <source>FAQ handbook</source>
        <translation>常见问题手册</translation>
    </message>
    <message>
        <source>Answers to the questions members ask again and again.</source>
        <translation>成员反复提问的问题及解答。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>positioning</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>preparation start</source>
        <translation>预备期开始日期</translation>
    </message>
    <message>
        <source>first course day</source>
        <translation>开课第一天</translation>
    </message>
    <message>
        <source>last course day</source>
        <translation>最后课程日</translation>
    </message>
    <message>
        <source>wrap-up end</source>
        <translation>结营结束日期</translation>
    </message>
    <message>
        <source>target members</source>
        <translation>目标人数</translation>
    </message>
    <message>
        <source>target active rate</source>
        <translation>目标活跃率</translation>
    </message>
    <message>
        <source>target check-in rate</source>
        <translation>目标打卡率</translation>
    </message>
    <message>
        <source>group rules</source>
        <translation>群规</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>问答手册</translation>
    </message>
    <message numerus="yes">
        <source>Preparation starts in %n day(s)</source>
        <translation>
            <numerusform>%n 天后进入预备期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First lesson in %n day(s)</source>
        <translation>
            <numerusform>%n 天后开课</numerusform>
        </translation>
    </message>
    <message>
        <source>Course day %1 of %2</source>
        <translation>开课第 %1 天，共 %2 天</translation>
    </message>
    <message numerus="yes">
        <source>Wrap-up after %n course day(s)</source>
        <translation>
            <numerusform>%n 天课程已结束，结营中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished %n day(s) ago</source>
        <translation>
            <numerusform>已结营 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The zone of the plan&apos;s times; calendar exports convert from it.</source>
        <translation>计划中时间所用的时区；导出日历时据此换算。</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>本机时区（%1）</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Warnings a member gets before the next violation means removal (the SOP: one).</source>
        <translation>成员被警告几次后，再违规就会被移出（SOP：一次）。</translation>
    </message>
    <message>
        <source>Risky words, separated by commas: the speech editor warns about them.</source>
        <translation>风险词，用逗号分隔：话术编辑器会对它们给出提醒。</translation>
    </message>
    <message>
        <source>Nickname pattern:</source>
        <translation>群昵称规范：</translation>
    </message>
    <message>
        <source>Warnings before removal:</source>
        <translation>移出前警告次数：</translation>
    </message>
    <message>
        <source>Watch words:</source>
        <translation>风险词：</translation>
    </message>
    <message>
        <source>nickname pattern</source>
        <translation>群昵称规范</translation>
    </message>
    <message>
        <source>warnings before removal</source>
        <translation>移出前警告次数</translation>
    </message>
    <message>
        <source>watch words</source>
        <translation>风险词</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>An activity&apos;s participants are the members who speak from its start until this long after its end.</source>
        <translation>活动参与者：从活动开始到结束后这段时间内发言的成员。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Members without a message or check-in for this many days are listed as at risk.</source>
        <translation>连续这么多天没有发言或打卡的成员，会被列为有流失风险。</translation>
    </message>
    <message>
        <source>Counted after an activity:</source>
        <translation>活动结束后计入：</translation>
    </message>
    <message>
        <source>At risk after silence of:</source>
        <translation>沉默多久算有风险：</translation>
    </message>
    <message>
        <source>time counted after an activity</source>
        <translation>活动结束后计入的时长</translation>
    </message>
    <message>
        <source>days of silence before a member is at risk</source>
        <translation>判定流失风险的沉默天数</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>工作人员：%1</translation>
    </message>
    <message>
        <source>%1 of the target of %2</source>
        <translation>达到目标 %2 人的 %1</translation>
    </message>
    <message numerus="yes">
        <source>On the roster by role (%n in all):</source>
        <translation>
            <numerusform>名单按角色（共 %n 人）：</numerusform>
        </translation>
    </message>
    <message>
        <source>How group nicknames are written; %1 are filled for each member.</source>
        <translation>群昵称的写法；%1 会按每位成员填充。</translation>
    </message>
    <message numerus="yes">
        <source>%n planned activity(ies) are now on another part of the camp; check them in the agenda:</source>
        <translation>
            <numerusform>有 %n 项已安排的活动现在落在训练营的另一个阶段；请在日程中核对：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (unknown here)</source>
        <translation>%1（这台电脑不认识）</translation>
    </message>
</context>
<context>
    <name>CampDesk::CampVariablesDialog</name>
    <message>
        <source>Camp Variables</source>
        <translation>训练营变量</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Course day (0: every day)</source>
        <translation>课程日（0：每天）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Write {name} in a line to use a variable. A value for one course day wins over the every-day value; a line whose variable has no value that day cannot be copied.</source>
        <translation>在话术里写 {名称} 即可使用变量。某个课程日的值优先于“每天”的值；如果变量当天没有值，这条话术就不能复制。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>CampDesk::ChangeFeed</name>
    <message>
        <source>%1 cannot tell what other operators change.</source>
        <translation>%1 无法获知其他运营者的改动。</translation>
    </message>
    <message>
        <source>Could not follow the changes of other operators: %1</source>
        <translation>无法跟进其他运营者的改动：%1</translation>
    </message>
</context>
<context>
    <name>CampDesk::ChatImportDialog</name>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import a Chat Export</source>
        <translation>导入聊天记录</translation>
    </message>
    <message>
        <source>WhatsApp .txt, Telegram result.json, QQ .txt, WeChat CSV/TXT, Discord JSON/CSV</source>
        <translation>WhatsApp .txt、Telegram result.json、QQ .txt、微信 CSV/TXT、Discord JSON/CSV</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a Chat Export</source>
        <translation>选择聊天记录文件</translation>
    </message>
    <message>
        <source>Chat exports (*.txt *.json *.csv);;All files (*)</source>
        <translation>聊天记录 (*.txt *.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Day first (31/12/26)</source>
        <translation>日在前（31/12/26）</translation>
    </message>
    <message>
        <source>Month first (12/31/26)</source>
        <translation>月在前（12/31/26）</translation>
    </message>
    <message>
        <source>CampDesk reads WhatsApp “Export chat” text files, Telegram Desktop result.json, QQ message-manager .txt, WeChat exports made with MemoTrace (CSV or TXT) or PyWxDump (CSV), and DiscordChatExporter JSON or CSV. The format, the text encoding and WhatsApp&apos;s date order are detected; override them only if the result looks wrong.

Nothing is written until you have checked the senders on the next page, and importing the same or an overlapping export again adds nothing twice.</source>
        <translation>CampDesk 可读取：WhatsApp“导出聊天”文本文件、Telegram 桌面版 result.json、QQ 消息管理器导出的 .txt、用 MemoTrace（CSV 或 TXT）或 PyWxDump（CSV）导出的微信聊天记录，以及 DiscordChatExporter 的 JSON 或 CSV。格式、文字编码和 WhatsApp 的日期顺序会自动识别；只有结果不对时才需要手动指定。

在下一页核对发言人之前不会写入任何内容；同一份或有重叠的聊天记录再次导入，不会重复计数。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>WhatsApp dates:</source>
        <translation>WhatsApp 日期：</translation>
    </message>
    <message>
        <source>Name in the chat</source>
        <translation>群内名称</translation>
    </message>
    <message>
        <source>Chat id</source>
        <translation>聊天账号</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Warnings (click one to see its line):</source>
        <translation>警告（点击查看对应的行）：</translation>
    </message>
    <message>
        <source>Choose the chat export to import.</source>
        <translation>请选择要导入的聊天记录。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>Chat: %1</source>
        <translation>群聊：%1</translation>
    </message>
    <message>
        <source>%1 messages by members and %2 system events, %3</source>
        <translation>成员消息 %1 条，系统事件 %2 条，%3</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); they are listed after the import.</source>
        <translation>
            <numerusform>%n 条警告，导入完成后会列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check who each sender is. New senders can become members; CampDesk remembers your choices.</source>
        <translation>请核对每位发言人对应的成员。新发言人可以添加为成员；CampDesk 会记住你的选择。</translation>
    </message>
    <message>
        <source>Add as a new member</source>
        <translation>添加为新成员</translation>
    </message>
    <message>
        <source>Leave unmapped</source>
        <translation>暂不对应</translation>
    </message>
    <message>
        <source>Mapped by an earlier import; change it under “Chat identities”.</source>
        <translation>之前的导入已对应；如需修改，请到“聊天身份”中更改。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，没有写入任何内容。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Messages added: %1</source>
        <translation>新增消息：%1</translation>
    </message>
    <message>
        <source>Duplicates skipped: %1</source>
        <translation>跳过重复：%1</translation>
    </message>
    <message>
        <source>System events: %1 (%2 joins, %3 leaves)</source>
        <translation>系统事件：%1（入群 %2，退群 %3）</translation>
    </message>
    <message>
        <source>Check-ins found in the chat: %1</source>
        <translation>聊天中发现的打卡：%1</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>时间范围：%1</translation>
    </message>
    <message>
        <source>New members: %1</source>
        <translation>新成员：%1</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>没有警告。</translation>
    </message>
    <message>
        <source>Line %1:</source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Accept Suggestions</source>
        <translation>采纳建议</translation>
    </message>
    <message>
        <source>How it matched</source>
        <translation>对应依据</translation>
    </message>
    <message>
        <source>Map every sender whose strongest suggestion names one member to that member. Check the rows first: a suggestion is a guess.</source>
        <translation>凡最可靠的建议只指向一位成员的发言人，都对应到该成员。请先逐行核对：建议只是猜测。</translation>
    </message>
    <message>
        <source>Me (the account that made the export)</source>
        <translation>我（导出记录的账号）</translation>
    </message>
    <message>
        <source>Names in this file: %1</source>
        <translation>本文件中用过的名字：%1</translation>
    </message>
    <message>
        <source>Senders: %1 · matched exactly: %2 · with a suggestion to check: %3 · no match: %4</source>
        <translation>发言人：%1 · 精确对应：%2 · 有待核对的建议：%3 · 无匹配：%4</translation>
    </message>
    <message>
        <source>Mapped by an earlier import</source>
        <translation>之前的导入已对应</translation>
    </message>
    <message>
        <source>The member&apos;s chat id</source>
        <translation>成员登记的聊天账号</translation>
    </message>
    <message>
        <source>The member&apos;s phone number</source>
        <translation>成员登记的手机号</translation>
    </message>
    <message>
        <source>The member&apos;s exact name</source>
        <translation>与成员名字完全一致</translation>
    </message>
    <message>
        <source>Choose the member who made the export</source>
        <translation>请选择导出记录的成员</translation>
    </message>
    <message>
        <source>No member matches</source>
        <translation>没有匹配的成员</translation>
    </message>
    <message>
        <source>Suggested: %1 (%2)</source>
        <translation>建议：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1，另有 %n 条建议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of the file could not be read and were not imported; the lines are listed below.</source>
        <translation>
            <numerusform>文件中有 %n 条消息无法读取，未导入；对应的行列在下方。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s) are not mapped to a member yet; map them under “Chat identities”.</source>
        <translation>
            <numerusform>还有 %n 位发言人未对应成员，请到“聊天身份”中对应。</numerusform>
        </translation>
    </message>
    <message>
        <source>Another operator is changing this camp&apos;s check-ins or importing into it. %1 is imported as soon as they are done; Cancel stops it with nothing changed.</source>
        <translation>另一位运营者正在修改本训练营的打卡，或正向其中导入聊天记录。等对方完成后会立即导入 %1；点“取消”则停止，不做任何改动。</translation>
    </message>
    <message>
        <source>Choose the chat to import</source>
        <translation>选择要导入的聊天</translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation>聊天：</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1（#%2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more member(s)</source>
        <translation>
            <numerusform>；另有 %n 名成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) in the chat were not recorded: the member was not in the camp that day (%1). If their dates are wrong, correct them in the roster and tick these days in the check-in grid.</source>
        <translation>
            <numerusform>聊天中有 %n 条打卡未记录：成员当天不在训练营中（%1）。如成员的日期有误，请在名单中更正，再在打卡表中勾选这些日子。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::CheckInGridModel</name>
    <message>
        <source>Checked in</source>
        <translation>已打卡</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>未打卡</translation>
    </message>
    <message>
        <source>%1 has not checked in on %2</source>
        <translation>%1 在 %2 没有打卡</translation>
    </message>
    <message>
        <source>from the chat</source>
        <translation>来自聊天记录</translation>
    </message>
    <message>
        <source>ticked by hand</source>
        <translation>手动勾选</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Not in the camp</source>
        <translation>不在营中</translation>
    </message>
    <message>
        <source>%1 was not in the camp on %2, so the day does not count for them</source>
        <translation>%1 在 %2 不在营中，这一天不计入其打卡</translation>
    </message>
    <message>
        <source>%1, %2: not counted until it has happened</source>
        <translation>%1，%2：尚未发生，暂不统计</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 members checked in (%5)</source>
        <translation>%1，%2：%4 名成员中 %3 人已打卡（%5）</translation>
    </message>
    <message>
        <source>from a sign-up list</source>
        <translation>来自接龙</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Today is still counting; it enters the average once it is over.</source>
        <translation>今天还在统计中，结束后才计入平均值。</translation>
    </message>
    <message numerus="yes">
        <source>%n so far</source>
        <translation>
            <numerusform>已打卡 %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::ConnectDialog</name>
    <message>
        <source>Connect to Team Workspace</source>
        <translation>连接团队工作区</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org，或套接字所在文件夹，如 /run/postgresql</translation>
    </message>
    <message>
        <source>The database the team&apos;s workspace is in</source>
        <translation>团队工作区所在的数据库</translation>
    </message>
    <message>
        <source>Your login on the server</source>
        <translation>你在服务器上的登录名</translation>
    </message>
    <message>
        <source>Required, and the server&apos;s certificate checked</source>
        <translation>必须加密，并校验服务器证书</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必须加密</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Never (a server on this computer)</source>
        <translation>不加密（本机上的服务器）</translation>
    </message>
    <message>
        <source>Empty: taken from ~/.pgpass or the service file</source>
        <translation>留空：从 ~/.pgpass 或服务文件读取</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>加密（TLS）(&amp;E)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>CampDesk never stores the password: it is used for this connection only.</source>
        <translation>CampDesk 从不保存密码：密码只用于这一次连接。</translation>
    </message>
    <message>
        <source>Opened before:</source>
        <translation>以前打开过：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Required, and the certificate&apos;s authority checked</source>
        <translation>必须加密，并核验证书的签发机构</translation>
    </message>
    <message>
        <source>Only when the server asks for it</source>
        <translation>仅在服务器要求时加密</translation>
    </message>
    <message>
        <source>Also used, as opened before: %1</source>
        <translation>沿用上次打开时的其他设置：%1</translation>
    </message>
</context>
<context>
    <name>CampDesk::DuplicateCampDialog</name>
    <message>
        <source>Duplicate Camp</source>
        <translation>复制训练营</translation>
    </message>
    <message>
        <source>The plan moves to the new dates. Members, owners and participation stay with the original camp.</source>
        <translation>计划会整体移到新日期。成员、负责人和参与记录留在原训练营。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>First course day:</source>
        <translation>开课第一天：</translation>
    </message>
</context>
<context>
    <name>CampDesk::HistoryDialog</name>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的改动历史</translation>
    </message>
    <message>
        <source>History</source>
        <translation>改动历史</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>谁：</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>什么：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>无法读取改动历史：%1</translation>
    </message>
    <message>
        <source>No change matches these filters.</source>
        <translation>没有符合这些筛选条件的改动。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>共 %n 条改动，最新的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Older</source>
        <translation>显示更早的改动</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n change(s) before the oldest one listed.</source>
        <translation>
            <numerusform>显示列表中最早一条之前的 %n 条改动。</numerusform>
        </translation>
    </message>
    <message>
        <source>The older changes could not be read: %1</source>
        <translation>读不出更早的改动：%1</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %n change(s), newest first.</source>
        <translation>
            <numerusform>共 %n 条改动，显示最新的 %1 条，最新的在前。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <source>What</source>
        <translation>什么</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>改动前 → 改动后</translation>
    </message>
</context>
<context>
    <name>CampDesk::JielongDialog</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>接龙内容</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Record Check-ins</source>
        <translation>记录打卡</translation>
    </message>
    <message>
        <source>Day %1 (%2)</source>
        <translation>第 %1 天（%2）</translation>
    </message>
    <message>
        <source>Load from File…</source>
        <translation>从文件读取…</translation>
    </message>
    <message>
        <source>Course day:</source>
        <translation>课程日：</translation>
    </message>
    <message>
        <source>Check-in for:</source>
        <translation>打卡项目：</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The whole day</source>
        <translation>当天</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>— skip —</source>
        <translation>— 跳过 —</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched</source>
        <translation>
            <numerusform>已对应 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unmatched: choose a member or leave them skipped</source>
        <translation>
            <numerusform>%n 条未对应：请选择成员，或保持跳过</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept Suggestions</source>
        <translation>采纳建议</translation>
    </message>
    <message>
        <source>How it matched</source>
        <translation>对应依据</translation>
    </message>
    <message>
        <source>Choose, for every entry whose strongest suggestion names one member, that member. Check the rows first: a suggestion is a guess.</source>
        <translation>凡最可靠的建议只指向一位成员的条目，都选定该成员。请先逐行核对：建议只是猜测。</translation>
    </message>
    <message>
        <source>Names the member exactly</source>
        <translation>与成员名字完全一致</translation>
    </message>
    <message>
        <source>No member matches</source>
        <translation>没有匹配的成员</translation>
    </message>
    <message>
        <source>Suggested: %1 (%2)</source>
        <translation>建议：%1（%2）</translation>
    </message>
    <message>
        <source>Record a Sign-up List</source>
        <translation>记录接龙</translation>
    </message>
    <message>
        <source>Paste the sign-up list here — every copy of it, if you like: CampDesk keeps the longest.</source>
        <translation>把接龙粘贴到这里——重复转发的多份也可以，CampDesk 会保留最长的一份。</translation>
    </message>
    <message>
        <source>Sign-up list text:</source>
        <translation>接龙文本：</translation>
    </message>
    <message>
        <source>Load a Sign-up List</source>
        <translation>读取接龙</translation>
    </message>
    <message>
        <source>Paste a sign-up list above.</source>
        <translation>请在上方粘贴接龙。</translation>
    </message>
    <message>
        <source>No numbered entries found. A sign-up entry looks like “1. name remark”.</source>
        <translation>没有找到带编号的条目。接龙条目的格式类似“1. 名字 备注”。</translation>
    </message>
    <message>
        <source>Record sign-up check-ins for %1</source>
        <translation>记录%1的接龙打卡</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) recorded for %1 from the sign-up list</source>
        <translation>
            <numerusform>已从接龙为%1记录 %n 条打卡</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the suggested member for every entry that has one clear suggestion</source>
        <translation>为每个只有一个明确建议的条目采用建议的成员</translation>
    </message>
    <message>
        <source>“%1” was matched to this member by hand before</source>
        <translation>之前曾手动把“%1”对应到这名成员</translation>
    </message>
    <message numerus="yes">
        <source>%n already checked in</source>
        <translation>
            <numerusform>%n 人已打过卡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not in the camp that day (joined later or left), not recorded</source>
        <translation>
            <numerusform>%n 人当天不在营（之后才加入或已离开），未记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the camp that day (joined later or left), so not recorded: %1.</source>
        <translation>当天不在营（之后才加入或已离开），不会记录：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No entry has one clear suggestion: where two members are suggested, or two entries would be one member, choose in the list</source>
        <translation>没有只含一个明确建议的条目：建议了两位成员的，或两个条目会成为同一位成员的，请在列表中选择</translation>
    </message>
</context>
<context>
    <name>CampDesk::MainWindow</name>
    <message>
        <source>CampDesk workspaces (*.campdesk);;All files (*)</source>
        <translation>CampDesk 工作区 (*.campdesk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Workspace…</source>
        <translation>备份工作区(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New Camp…</source>
        <translation>新建训练营(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete Camp…</source>
        <translation>删除训练营(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About CampDesk</source>
        <translation>关于 CampDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Camp</source>
        <translation>训练营(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Camps</source>
        <translation>训练营</translation>
    </message>
    <message>
        <source>New Camp…</source>
        <translation>新建训练营…</translation>
    </message>
    <message>
        <source>No camp yet.
Create one to plan its dates, goals, group rules and FAQ.</source>
        <translation>还没有训练营。
新建一期，规划它的日期、目标、群规和常见问题。</translation>
    </message>
    <message>
        <source>Create a Camp…</source>
        <translation>新建训练营…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U)：%1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R)：%1</translation>
    </message>
    <message>
        <source>%1 — CampDesk</source>
        <translation>%1 — CampDesk</translation>
    </message>
    <message>
        <source>CampDesk</source>
        <translation>CampDesk</translation>
    </message>
    <message>
        <source>Delete Camp</source>
        <translation>删除训练营</translation>
    </message>
    <message>
        <source>Delete “%1” with its members, plan and records? You can undo this with Edit → Undo.</source>
        <translation>删除“%1”及其成员、计划和记录？可以通过“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>%1 already exists. Use File → Open Workspace… to open it.</source>
        <translation>%1 已存在。请用“文件 → 打开工作区…”打开它。</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>%1 backup %2.campdesk</source>
        <translation>%1 备份 %2.campdesk</translation>
    </message>
    <message>
        <source>Back Up Workspace</source>
        <translation>备份工作区</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>The new language is used when CampDesk next starts.</source>
        <translation>新的界面语言将在下次启动 CampDesk 时生效。</translation>
    </message>
    <message>
        <source>About CampDesk</source>
        <translation>关于 CampDesk</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>New Camp from &amp;Template…</source>
        <translation>从模板新建训练营(&amp;T)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Camp…</source>
        <translation>复制训练营(&amp;U)…</translation>
    </message>
    <message>
        <source>New &amp;Activity…</source>
        <translation>新建活动(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export Calendar (.ics)…</source>
        <translation>导出日历 (.ics)(&amp;E)…</translation>
    </message>
    <message>
        <source>P&amp;rint Run Sheet…</source>
        <translation>打印当日流程单(&amp;R)…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Create camp “%1” from a template</source>
        <translation>从模板创建训练营“%1”</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate camp as “%1”</source>
        <translation>复制训练营为“%1”</translation>
    </message>
    <message>
        <source>Save Plan as Template</source>
        <translation>将计划存为模板</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <source>Saved the plan as template “%1”.</source>
        <translation>已将计划存为模板“%1”。</translation>
    </message>
    <message>
        <source>Speech Library</source>
        <translation>话术库</translation>
    </message>
    <message>
        <source>Add a &amp;Plan from a Template…</source>
        <translation>从模板添加计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Create a Camp with a Full Plan from a Template…</source>
        <translation>从模板新建训练营（含完整计划）…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>&amp;Import Chat Export…</source>
        <translation>导入聊天记录(&amp;I)…</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>参与情况</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written: %1</source>
        <translation>今日备份未能写入：%1</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restored the backup of %1; the file it replaced is %2</source>
        <translation>已恢复 %1 的备份；被替换的文件保存在 %2</translation>
    </message>
    <message>
        <source>Workspace Busy</source>
        <translation>工作区忙</translation>
    </message>
    <message>
        <source>Another program is writing to this workspace (campdesk-cli, perhaps), so your change could not be saved yet.

Retry when it has finished, or cancel to leave the change out.

%1</source>
        <translation>另一个程序（可能是 campdesk-cli）正在写入这个工作区，你的修改暂时无法保存。

等它完成后点“重试”，或点“取消”放弃这次修改。

%1</translation>
    </message>
    <message>
        <source>CampDesk does not change a damaged workspace: it stays read-only in this window.</source>
        <translation>CampDesk 不会改动损坏的工作区：它在此窗口中保持只读。</translation>
    </message>
    <message>
        <source>Workspace checked: every page is sound.</source>
        <translation>工作区检查完毕：每一页都完好。</translation>
    </message>
    <message>
        <source>Checking every page of the workspace before anything is changed in it…</source>
        <translation>正在检查工作区的每一页，检查完成前不会改动其中任何内容…</translation>
    </message>
    <message>
        <source>CampDesk is still reading every page of this workspace, and changes nothing in it until that check is done. Try again in a moment.</source>
        <translation>CampDesk 仍在逐页读取此工作区，检查完成前不会改动其中任何内容。请稍后再试。</translation>
    </message>
    <message>
        <source>This workspace is read-only in this window: its check found damage. Restore it from a backup (Help → Restore from Backup…).</source>
        <translation>此工作区在本窗口中为只读：检查发现了损坏。请从备份恢复（帮助 → 从备份恢复…）。</translation>
    </message>
    <message>
        <source>Today&apos;s backup is written (Help → Restore from Backup… lists it).</source>
        <translation>今天的备份已写好（可在“帮助 → 从备份恢复…”中找到）。</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>Record a &amp;Sign-up List…</source>
        <translation>记录接龙(&amp;J)…</translation>
    </message>
    <message>
        <source>Save Plan as Te&amp;mplate…</source>
        <translation>将计划存为模板(&amp;M)…</translation>
    </message>
    <message>
        <source>Save Run Sheet as PD&amp;F…</source>
        <translation>将当日流程单存为 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <source>Demo workspace: rebuilt at every start, changes are not kept</source>
        <translation>演示工作区：每次启动都会重建，改动不会保留</translation>
    </message>
    <message>
        <source>This is the demo workspace.</source>
        <translation>当前就是演示工作区。</translation>
    </message>
    <message>
        <source>CampDesk %1

Plan, run and review training camps in chat groups.

Copyright 2026 The CampDesk developers. CampDesk is free software under the GNU General Public License, version 3 or (at your option) any later version, and comes with no warranty.

Built with Qt %2 (GNU LGPL version 3) and SQLite %3 (public domain).</source>
        <translation>CampDesk %1

规划、运营和复盘社群训练营。

版权所有 2026 CampDesk 开发者。CampDesk 是自由软件，按 GNU 通用公共许可证第 3 版或（由你选择）任何更新的版本发布，不提供任何担保。

基于 Qt %2（GNU LGPL 第 3 版）和 SQLite %3（公有领域）构建。</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Workspace…</source>
        <translation>连接团队工作区(&amp;C)…</translation>
    </message>
    <message>
        <source>A team workspace is restored from its server&apos;s backups, by whoever runs the server.</source>
        <translation>团队工作区由服务器的管理者从服务器的备份中恢复。</translation>
    </message>
    <message>
        <source>Team workspace</source>
        <translation>团队工作区</translation>
    </message>
    <message>
        <source>Not saved: the connection to the team workspace is lost. Try again when it is back; CampDesk connects again by itself.

%1</source>
        <translation>未保存：与团队工作区的连接已断开。请在连接恢复后重试；CampDesk 会自动重新连接。

%1</translation>
    </message>
    <message>
        <source>Connected to the team workspace again; every view shows it as it is now.</source>
        <translation>已重新连接团队工作区；各视图显示的是它现在的内容。</translation>
    </message>
    <message>
        <source>The connection to the team workspace is lost: nothing can be changed until it is back, and CampDesk connects again by itself.</source>
        <translation>与团队工作区的连接已断开：在连接恢复之前不能做任何修改，CampDesk 会自动重新连接。</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>改动历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Only a team workspace on a server keeps a history of who changed what; a workspace file has one operator.</source>
        <translation>只有服务器上的团队工作区才保留谁改了什么的历史；工作区文件只有一位运营者。</translation>
    </message>
    <message>
        <source>Team workspace: %1 · %2, %3</source>
        <translation>团队工作区：%1 · %2，%3</translation>
    </message>
    <message>
        <source>A workspace file has one operator; a team works on a team workspace on a server.</source>
        <translation>工作区文件只有一位运营人员；团队要在服务器上的团队工作区里协作。</translation>
    </message>
    <message>
        <source>Team and R&amp;oles…</source>
        <translation>团队与角色(&amp;O)…</translation>
    </message>
    <message>
        <source>%1

The file the backup replaced is %2.</source>
        <translation>%1

被备份替换的文件是 %2。</translation>
    </message>
    <message>
        <source>Another operator of this team workspace is writing to it, so your change could not be saved yet.

Retry when they have finished, or cancel to leave the change out.

%1</source>
        <translation>这个团队工作区的另一位运营者正在写入，你的修改暂时无法保存。

等对方完成后点“重试”，或点“取消”放弃这次修改。

%1</translation>
    </message>
    <message>
        <source>Connected to the team workspace again. The views show it as it is now once the open dialog is closed.</source>
        <translation>已重新连接到团队工作区。关闭当前打开的对话框后，各视图会显示工作区的当前内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) planned before are now on another part of the camp: the Overview lists them.</source>
        <translation>
            <numerusform>之前安排的 %n 个活动现在落在训练营的另一阶段：概览中列出了它们。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::MemberChoiceDelegate</name>
    <message>
        <source>— not mapped —</source>
        <translation>— 未对应 —</translation>
    </message>
    <message>
        <source>%1 — suggested: %2</source>
        <translation>%1 — 建议：%2</translation>
    </message>
    <message>
        <source>%1 — suggested</source>
        <translation>%1 — 建议</translation>
    </message>
</context>
<context>
    <name>CampDesk::MemberDialog</name>
    <message>
        <source>Edit Member</source>
        <translation>编辑成员</translation>
    </message>
    <message>
        <source>Add a Member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Personal data: only what the camp needs</source>
        <translation>个人信息：只记录训练营需要的</translation>
    </message>
    <message>
        <source>No subgroup</source>
        <translation>未分组</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>WeChat ID:</source>
        <translation>微信号：</translation>
    </message>
    <message>
        <source>QQ number:</source>
        <translation>QQ号：</translation>
    </message>
    <message>
        <source>Telegram:</source>
        <translation>Telegram：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>职业：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>In this camp</source>
        <translation>在本训练营</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>头衔：</translation>
    </message>
    <message>
        <source>Group nickname:</source>
        <translation>群昵称：</translation>
    </message>
    <message>
        <source>Subgroup:</source>
        <translation>小组：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>入群日期：</translation>
    </message>
    <message>
        <source>Who (nickname, job, city):</source>
        <translation>我是谁（昵称、职业、城市）：</translation>
    </message>
    <message>
        <source>In one sentence:</source>
        <translation>一句话介绍：</translation>
    </message>
    <message>
        <source>Why I joined:</source>
        <translation>为什么加入：</translation>
    </message>
    <message>
        <source>Proudest of:</source>
        <translation>最骄傲的事：</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Left on:</source>
        <translation>离开日期：</translation>
    </message>
</context>
<context>
    <name>CampDesk::MemberStripWidget</name>
    <message>
        <source>%1: not in the camp</source>
        <translation>%1：不在训练营中</translation>
    </message>
    <message>
        <source>%1: silent</source>
        <translation>%1：沉默</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s)</source>
        <translation>
            <numerusform>%1：%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: checked in</source>
        <translation>%1：已打卡</translation>
    </message>
    <message numerus="yes">
        <source>%1: checked in, %n message(s)</source>
        <translation>
            <numerusform>%1：已打卡，%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: still to come</source>
        <translation>%1：尚未到来</translation>
    </message>
    <message>
        <source>Pick a member to see their days.</source>
        <translation>选择一名成员查看每天的参与情况。</translation>
    </message>
    <message>
        <source>spoke and checked in</source>
        <translation>发言并打卡</translation>
    </message>
    <message>
        <source>spoke</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>打卡</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>沉默</translation>
    </message>
    <message>
        <source>not in the camp</source>
        <translation>不在训练营中</translation>
    </message>
</context>
<context>
    <name>CampDesk::MonthView</name>
    <message>
        <source>MMM d</source>
        <extracomment>Date format of the first day of a month in the month view (Qt date format)</extracomment>
        <translation>M月d日</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>还有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::NewCampDialog</name>
    <message>
        <source>New Camp</source>
        <translation>新建训练营</translation>
    </message>
    <message>
        <source>e.g. 21-Day Writing Camp · Cohort 7</source>
        <translation>例如：21天写作训练营 · 第7期</translation>
    </message>
    <message>
        <source>What the camp is about, in one line</source>
        <translation>一句话说明这期训练营做什么</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Positioning:</source>
        <translation>定位：</translation>
    </message>
    <message>
        <source>First course day:</source>
        <translation>开课第一天：</translation>
    </message>
    <message>
        <source>Last course day:</source>
        <translation>最后课程日：</translation>
    </message>
    <message>
        <source>Preparation:</source>
        <translation>预备期：</translation>
    </message>
    <message>
        <source>Target members:</source>
        <translation>目标人数：</translation>
    </message>
    <message>
        <source>Target active rate:</source>
        <translation>目标活跃率：</translation>
    </message>
</context>
<context>
    <name>CampDesk::NewPlannedCampDialog</name>
    <message>
        <source>Fixed daily columns</source>
        <translation>每日固定栏目</translation>
    </message>
    <message>
        <source>Optional items</source>
        <translation>可选项目</translation>
    </message>
    <message>
        <source>New Camp from Template</source>
        <translation>从模板新建训练营</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1（已保存）</translation>
    </message>
    <message>
        <source>e.g. 21-Day Writing Camp · Cohort 7</source>
        <translation>例如：21天写作训练营 · 第7期</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>First course day:</source>
        <translation>开课第一天：</translation>
    </message>
    <message>
        <source>Course days:</source>
        <translation>课程天数：</translation>
    </message>
    <message>
        <source>Preparation:</source>
        <translation>预备期：</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message numerus="yes">
        <source>%n activities from %1 to %2</source>
        <translation>
            <numerusform>共 %n 项活动，从 %1 到 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply a Plan Template</source>
        <translation>套用计划模板</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A fixed column&apos;s label in the new-camp form, as in “Day N check-in:”</extracomment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>The camp prepares for %1 days, longer than a plan&apos;s %2: the camp keeps its start, and the plan&apos;s preparation items fall in the last %3 days of it.</source>
        <translation>这个训练营的预备期有 %1 天，超过计划最多的 %2 天：训练营保留原来的开始日期，计划中的预备事项只排在预备期的最后 %3 天。</translation>
    </message>
</context>
<context>
    <name>CampDesk::NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CampDesk::ParticipationView</name>
    <message>
        <source>Course days</source>
        <translation>课程日</translation>
    </message>
    <message>
        <source>Check-in activities</source>
        <translation>打卡活动</translation>
    </message>
    <message>
        <source>Import Chat Export…</source>
        <translation>导入聊天记录…</translation>
    </message>
    <message>
        <source>Check In</source>
        <translation>打卡</translation>
    </message>
    <message>
        <source>Tick every selected cell (Space toggles)</source>
        <translation>勾选所有选中的格子（空格键切换）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Name in the chat</source>
        <translation>群内名称</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Chat id</source>
        <translation>聊天账号</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Watch word</source>
        <translation>敏感词</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Log Violation…</source>
        <translation>记录违规…</translation>
    </message>
    <message>
        <source>Imported messages that contain one of the camp&apos;s watch words (set in the overview).</source>
        <translation>已导入的消息中含有本训练营敏感词的消息（敏感词在概览中设置）。</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>打卡</translation>
    </message>
    <message>
        <source>Chat identities</source>
        <translation>聊天身份</translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>敏感消息</translation>
    </message>
    <message numerus="yes">
        <source>Check in %n cell(s)</source>
        <translation>
            <numerusform>勾选 %n 个打卡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n check-in(s)</source>
        <translation>
            <numerusform>清除 %n 个打卡</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch list (%1)</source>
        <translation>敏感消息（%1）</translation>
    </message>
    <message>
        <source>%1 is not mapped to a member of this camp yet: map them under “Chat identities” first.</source>
        <translation>%1 还没有对应到本训练营的成员：请先在“聊天身份”中对应。</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Choose the member this chat identity is</source>
        <translation>选择这个聊天身份对应的成员</translation>
    </message>
    <message>
        <source>Earlier names</source>
        <translation>用过的名字</translation>
    </message>
    <message>
        <source>— not mapped —</source>
        <translation>— 未对应 —</translation>
    </message>
    <message>
        <source>A new member of its own</source>
        <translation>单独成为新成员</translation>
    </message>
    <message>
        <source>Everyone who wrote in an imported chat. Choose the member each one is; CampDesk remembers it for every later import of this camp. Two identities mapped to one member are one person; split one off if they are not.</source>
        <translation>导入的聊天记录中发过言的每个人。请为每一位选择对应的成员；本训练营以后的每次导入都会沿用。对应到同一成员的两个聊天身份就是同一个人；如果不是，请把其中一个拆分出来。</translation>
    </message>
    <message>
        <source>Split Off as a New Member</source>
        <translation>拆分为新成员</translation>
    </message>
    <message>
        <source>Make the selected chat identity a member of its own, with its messages</source>
        <translation>把选中的聊天身份连同其消息单独设为一位新成员</translation>
    </message>
    <message>
        <source>Me (the account that made the export)</source>
        <translation>我（导出记录的账号）</translation>
    </message>
    <message>
        <source>Counting check-ins…</source>
        <translation>正在统计打卡…</translation>
    </message>
    <message>
        <source>Paste Sign-up List…</source>
        <translation>粘贴接龙…</translation>
    </message>
    <message>
        <source>Staff by their role in the camp (change it under Members)</source>
        <translation>按其在营中的角色属于工作人员（可在“成员”中修改）</translation>
    </message>
</context>
<context>
    <name>CampDesk::PlanView</name>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Search titles and notes</source>
        <translation>搜索标题和备注</translation>
    </message>
    <message>
        <source>New Activity…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Calendar for phones (.ics)…</source>
        <translation>手机日历 (.ics)…</translation>
    </message>
    <message>
        <source>Run sheet of the day as PDF…</source>
        <translation>当日流程单 PDF…</translation>
    </message>
    <message>
        <source>Print run sheet of the day…</source>
        <translation>打印当日流程单…</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>暂无负责人</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>Date format of the month view&apos;s title (Qt date format)</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>复制“%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>将“%1”标为已完成</translation>
    </message>
    <message>
        <source>Mark “%1” planned</source>
        <translation>将“%1”标为计划中</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>%1 run sheet %2.pdf</source>
        <translation>%1 流程单 %2.pdf</translation>
    </message>
    <message>
        <source>Save Run Sheet</source>
        <translation>保存流程单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Copied the text of “%1”.</source>
        <translation>已复制“%1”的文案。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Write the review (复盘) of the selected activity with its participation figures.</source>
        <translation>结合参与数据，为所选活动写复盘。</translation>
    </message>
    <message>
        <source>Select the activity to review first.</source>
        <translation>请先选择要复盘的活动。</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>复盘…</translation>
    </message>
    <message>
        <source>Run sheet saved to %1</source>
        <translation>流程单已保存到 %1</translation>
    </message>
    <message numerus="yes">
        <source>Calendar of %n activity(ies) saved to %1</source>
        <translation>
            <numerusform>包含 %n 项活动的日历已保存到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampDesk::QuickCopyPalette</name>
    <message>
        <source>Quick Copy</source>
        <translation>快捷复制</translation>
    </message>
    <message>
        <source>Copy Next</source>
        <translation>复制下一条</translation>
    </message>
    <message>
        <source>Copies the line of this category used least recently and not yet today</source>
        <translation>复制这一类中最久没用过、且今天还没用过的话术</translation>
    </message>
    <message>
        <source>Member for {member}</source>
        <translation>{member} 对应的成员</translation>
    </message>
    <message>
        <source>Copied “%1”.</source>
        <translation>已复制“%1”。</translation>
    </message>
    <message>
        <source>The prepared text of the activity running now, or of the next one today</source>
        <translation>正在进行的活动（或今天下一个活动）的预备文案</translation>
    </message>
    <message>
        <source>Copy text of “%1” (%2)</source>
        <translation>复制“%1”的文案（%2）</translation>
    </message>
</context>
<context>
    <name>CampDesk::RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>There is no backup of this workspace yet. CampDesk writes one each day the workspace is opened, and one before every upgrade, in %1.</source>
        <translation>这个工作区还没有备份。CampDesk 会在每天第一次打开工作区时、以及每次升级之前各写一份备份，保存在 %1。</translation>
    </message>
    <message>
        <source>CampDesk writes a backup each day the workspace is opened, and one before every upgrade. Restoring keeps the current file beside it, renamed, so nothing is lost.</source>
        <translation>CampDesk 会在每天打开工作区时、以及每次升级之前各写一份备份。恢复时，当前文件会改名保留在原处旁边，不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>写入时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Put the workspace back as it was on %1? Everything since then is replaced. The current file is kept next to it as “%2 before restore …”.</source>
        <translation>把工作区恢复到 %1 时的样子吗？此后的所有改动都会被替换。当前文件会以“%2 恢复前 …”的名字保留在旁边。</translation>
    </message>
</context>
<context>
    <name>CampDesk::ReviewChartView</name>
    <message>
        <source>Course day %1, %2
Checked in: %3 of %4 (%5)</source>
        <translation>开课第 %1 天，%2
已打卡：%4 人中 %3 人（%5）</translation>
    </message>
    <message>
        <source>%1: %2 members
Active rate: %3
Check-in completion: %4
Messages: %5</source>
        <translation>%1：%2 名成员
活跃率：%3
打卡完成率：%4
消息：%5 条</translation>
    </message>
    <message>
        <source>%1
%2
Participants: %3 of %4 (%5)
Messages: %6
Average of its type: %7 participants, %8 messages</source>
        <translation>%1
%2
参与人数：%4 人中 %3 人（%5）
消息：%6 条
同类活动平均：%7 人参与，%8 条消息</translation>
    </message>
    <message>
        <source>%1: %2 of %3 members</source>
        <translation>%1：%3 名成员中 %2 人</translation>
    </message>
    <message>
        <source>%1
Joined: %2
Left: %3</source>
        <translation>%1
入群：%2
退群：%3</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export Chart Data as CSV</source>
        <translation>将图表数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>Export Data as CSV…</source>
        <translation>导出数据为 CSV…</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
    <message>
        <source>Chart data saved to %1</source>
        <translation>图表数据已保存到 %1</translation>
    </message>
    <message>
        <source>%1 (%2)
Active: %3 of %4 members (%5)
Messages: %6
Target: %7</source>
        <translation>%1（%2）
活跃：%4 名成员中 %3 人（%5）
消息：%6 条
目标：%7</translation>
    </message>
</context>
<context>
    <name>CampDesk::ReviewView</name>
    <message>
        <source>Include staff</source>
        <translation>包含工作人员</translation>
    </message>
    <message>
        <source>Export PDF Report…</source>
        <translation>导出 PDF 报告…</translation>
    </message>
    <message>
        <source>Click a day, a bar or a slice to see the members behind it.</source>
        <translation>点击某一天、某根柱子或某块扇区，查看对应的成员。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Write Review…</source>
        <translation>写复盘…</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最后活跃</translation>
    </message>
    <message>
        <source>Days silent</source>
        <translation>沉默天数</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>打卡次数</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>活跃天数</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>分享次数</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>撰写时间</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>沉默成员</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>复盘记录</translation>
    </message>
    <message>
        <source>Copy Nudge</source>
        <translation>复制唤醒话术</translation>
    </message>
    <message>
        <source>Copy a silent-member nudge from the speech library, @-mentioning the selected member.</source>
        <translation>从话术库复制一条沉默成员唤醒话术，并 @ 所选成员。</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>请先选择一名成员。</translation>
    </message>
    <message>
        <source>All subgroups</source>
        <translation>全部小组</translation>
    </message>
    <message>
        <source>No subgroup</source>
        <translation>未分组</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>no participation recorded yet</source>
        <translation>尚无参与记录</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Silent (%1)</source>
        <translation>沉默成员（%1）</translation>
    </message>
    <message>
        <source>Reviews (%1)</source>
        <translation>复盘记录（%1）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 members active, %4 silent</source>
        <translation>%1：%3 名成员中 %2 人活跃，%4 人沉默</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>沉默</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>已打卡</translation>
    </message>
    <message>
        <source>spoke</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>took part</source>
        <translation>已参与</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1：%n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>Export Review Report as PDF</source>
        <translation>将复盘报告导出为 PDF</translation>
    </message>
    <message>
        <source>%1 review.pdf</source>
        <translation>%1 复盘报告.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>导出复盘报告</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>First day counted</source>
        <translation>统计的第一天</translation>
    </message>
    <message>
        <source>Last day counted</source>
        <translation>统计的最后一天</translation>
    </message>
    <message>
        <source>Draw another camp&apos;s active rate on the chart, day by course day.</source>
        <translation>在图上按课程日叠加另一期训练营的活跃率。</translation>
    </message>
    <message>
        <source>Review an activity from its bar here, or select it in the plan and press Review….</source>
        <translation>点这里某个活动的柱子即可复盘，也可以在计划中选中活动后点“复盘…”。</translation>
    </message>
    <message>
        <source>Compare with no other camp</source>
        <translation>不与其他训练营对比</translation>
    </message>
    <message>
        <source>“%1” has no participation recorded, so there is nothing to compare with.</source>
        <translation>“%1”还没有记录任何参与数据，无法对比。</translation>
    </message>
    <message numerus="yes">
        <source>%n course day(s) below the active-rate target</source>
        <translation>
            <numerusform>%n 个课程日活跃率低于目标</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 members spoke in the chat during it (%5); average of its type %6</source>
        <translation>%1，%2：%4 名成员中有 %3 人在活动期间发言（%5）；同类活动平均 %6</translation>
    </message>
</context>
<context>
    <name>CampDesk::RosterImportDialog</name>
    <message>
        <source>Join rows to known people with the same name</source>
        <translation>把同名的行并入已有成员</translation>
    </message>
    <message>
        <source>Import Members</source>
        <translation>导入成员</translation>
    </message>
    <message>
        <source>%1: no rows below the header line.</source>
        <translation>%1：表头下面没有数据行。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n row(s)</source>
        <translation>
            <numerusform>%1 · %2 · 共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>new person</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>known person (same chat id or phone)</source>
        <translation>已有成员（聊天账号或手机号相同）</translation>
    </message>
    <message>
        <source>joins the known person of the same name</source>
        <translation>并入同名的已有成员</translation>
    </message>
    <message>
        <source>new person (a known person has the same name)</source>
        <translation>新成员（已有成员与其同名）</translation>
    </message>
    <message>
        <source>already in the camp: skipped</source>
        <translation>已在训练营中：跳过</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source> %n row(s) with the name of someone known join that person.</source>
        <translation>
            <numerusform>%n 行与已认识的人同名，将并入此人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n of the new people share a name with someone known; tick “%1” to join them instead.</source>
        <translation>
            <numerusform>新人中有 %n 位与已认识的人同名；如要并入，请勾选“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new people, %2 people already known, %3 already in the camp, %4 skipped.</source>
        <translation>新人 %1 位，已认识的人 %2 位，已在营中 %3 位，跳过 %4 行。</translation>
    </message>
    <message>
        <source> Nothing is written until you import.</source>
        <translation>点“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Detected (%1)</source>
        <extracomment>The encoding box&apos;s first entry: the text encoding CampDesk found, e.g. “Detected (GB18030)”</extracomment>
        <translation>自动识别（%1）</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>CampDesk::RosterModel</name>
    <message>
        <source>Does not follow the camp&apos;s pattern; it should be “%1”.</source>
        <translation>不符合训练营的群昵称规范，应为“%1”。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Group nickname</source>
        <translation>群昵称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>头衔</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Chat ids</source>
        <translation>聊天账号</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Has had the warnings the camp allows: the next violation means removal.</source>
        <translation>警告次数已用完：再违规一次就会被移出。</translation>
    </message>
</context>
<context>
    <name>CampDesk::RosterView</name>
    <message>
        <source>Search names, ids, tags (pinyin initials work)</source>
        <translation>搜索昵称、账号、标签（支持拼音首字母）</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Import / Export</source>
        <translation>导入 / 导出</translation>
    </message>
    <message>
        <source>Import from CSV/TSV…</source>
        <translation>从 CSV/TSV 导入…</translation>
    </message>
    <message>
        <source>Paste from a Spreadsheet</source>
        <translation>从表格粘贴</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>Edit Selected</source>
        <translation>批量修改</translation>
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
        <source>Subgroup</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>No subgroup</source>
        <translation>未分组</translation>
    </message>
    <message>
        <source>Add a Tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Tag for the selected members:</source>
        <translation>给所选成员添加的标签：</translation>
    </message>
    <message>
        <source>Copy the Standard Nickname</source>
        <translation>复制规范群昵称</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Any subgroup</source>
        <translation>全部小组</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Select a member to see their details.</source>
        <translation>选择一名成员查看详情。</translation>
    </message>
    <message numerus="yes">
        <source>%n members selected.</source>
        <translation>
            <numerusform>已选择 %n 名成员。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>头衔</translation>
    </message>
    <message>
        <source>Group nickname</source>
        <translation>群昵称</translation>
    </message>
    <message>
        <source>Phone (personal data)</source>
        <translation>手机（个人信息）</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已退群</translation>
    </message>
    <message>
        <source>Self-introduction</source>
        <translation>自我介绍</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>我是谁</translation>
    </message>
    <message>
        <source>In one sentence</source>
        <translation>一句话介绍</translation>
    </message>
    <message>
        <source>Why I joined</source>
        <translation>为什么加入</translation>
    </message>
    <message>
        <source>Proudest of</source>
        <translation>最骄傲的事</translation>
    </message>
    <message>
        <source>The group nickname follows the camp&apos;s pattern.</source>
        <translation>群昵称符合训练营规范。</translation>
    </message>
    <message>
        <source>The group nickname should be: %1</source>
        <translation>规范群昵称应为：%1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>Set the role of %n member(s)</source>
        <translation>
            <numerusform>修改 %n 名成员的角色</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the status of %n member(s)</source>
        <translation>
            <numerusform>修改 %n 名成员的状态</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n member(s) to a subgroup</source>
        <translation>
            <numerusform>把 %n 名成员移到小组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n member(s) “%1”</source>
        <translation>
            <numerusform>给 %n 名成员加标签“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Members</source>
        <translation>导入成员</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>名单文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>Export Members</source>
        <translation>导出成员</translation>
    </message>
    <message>
        <source>%1 members.csv</source>
        <translation>%1 成员.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Log a Violation…</source>
        <translation>记录违规…</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规记录</translation>
    </message>
    <message>
        <source>%1 · %2 · %3%4</source>
        <translation>%1 · %2 · %3%4</translation>
    </message>
    <message>
        <source>⚠ The next violation means removal.</source>
        <translation>⚠ 再违规一次将被移出。</translation>
    </message>
    <message>
        <source>Add Member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>CampDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>A new interface language is used the next time CampDesk starts.</source>
        <translation>新的界面语言将在下次启动 CampDesk 时生效。</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>One phone screen, lines:</source>
        <translation>一屏的行数：</translation>
    </message>
    <message>
        <source>One phone screen, characters:</source>
        <translation>一屏的字数：</translation>
    </message>
    <message>
        <source>One backup is written each day a workspace is opened, and one before every upgrade; older ones are removed past this number.</source>
        <translation>每天打开工作区时写一份备份，每次升级前也写一份；超过这个数量后，最旧的备份会被删除。</translation>
    </message>
    <message>
        <source>Backups to keep per workspace:</source>
        <translation>每个工作区保留的备份数：</translation>
    </message>
</context>
<context>
    <name>CampDesk::SpeechCardDelegate</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>已用 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>last by %1</source>
        <translation>上次：%1</translation>
    </message>
</context>
<context>
    <name>CampDesk::SpeechEditorDialog</name>
    <message>
        <source>Favourite (copy with Ctrl+1…9)</source>
        <translation>收藏（可用 Ctrl+1…9 复制）</translation>
    </message>
    <message>
        <source>Edit Line</source>
        <translation>编辑话术</translation>
    </message>
    <message>
        <source>New Line</source>
        <translation>新建话术</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <source>Every camp</source>
        <translation>所有训练营</translation>
    </message>
    <message>
        <source>Only “%1”</source>
        <translation>仅“%1”</translation>
    </message>
    <message>
        <source>The line. Placeholders: {camp} {day} {date} {weekday} {time} {subgroup} {member} {@member} {staff} and the camp&apos;s variables such as {course_link}. {{ and }} write braces.</source>
        <translation>话术内容。占位符：{camp} {day} {date} {weekday} {time} {subgroup} {member} {@member} {staff}，以及训练营变量，如 {course_link}。{{ 和 }} 表示花括号本身。</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Used in:</source>
        <translation>适用于：</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Preview for the chosen camp and day</source>
        <translation>按所选训练营和日期预览</translation>
    </message>
    <message>
        <source>Cannot be copied yet: %1.</source>
        <translation>暂时不能复制：%1。</translation>
    </message>
    <message>
        <source>✓ Ready to copy.</source>
        <translation>✓ 可以复制。</translation>
    </message>
</context>
<context>
    <name>CampDesk::SpeechImportDialog</name>
    <message>
        <source>Import Speech Library</source>
        <translation>导入话术库</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Category of plain-text lines:</source>
        <translation>纯文本话术的分类：</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>already in the library</source>
        <translation>话术库中已有</translation>
    </message>
    <message>
        <source>%1 new lines, %2 already in the library.</source>
        <translation>新增 %1 条，%2 条话术库中已有。</translation>
    </message>
    <message>
        <source>Import %1 lines from %2</source>
        <translation>从 %2 导入 %1 条话术</translation>
    </message>
</context>
<context>
    <name>CampDesk::SpeechView</name>
    <message>
        <source>The day the lines are filled for ({day}, {date}, the day&apos;s links).</source>
        <translation>话术按哪一天填充（{day}、{date} 和当天的链接）。</translation>
    </message>
    <message>
        <source>Member for {member}</source>
        <translation>{member} 对应的成员</translation>
    </message>
    <message>
        <source>You, for {staff}</source>
        <translation>你的名字（{staff}）</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Next Line</source>
        <translation>下一条</translation>
    </message>
    <message>
        <source>Copy the line of this category used least recently and not yet today</source>
        <translation>复制这一类中最久没用过、且今天还没用过的话术</translation>
    </message>
    <message>
        <source>Quick Palette</source>
        <translation>快捷面板</translation>
    </message>
    <message>
        <source>A small always-on-top window for live activities</source>
        <translation>活动现场用的置顶小窗口</translation>
    </message>
    <message>
        <source>New Line…</source>
        <translation>新建话术…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Camp Variables…</source>
        <translation>训练营变量…</translation>
    </message>
    <message>
        <source>Import Library (JSON or text)…</source>
        <translation>导入话术库（JSON 或文本）…</translation>
    </message>
    <message>
        <source>Export Library as JSON…</source>
        <translation>导出话术库为 JSON…</translation>
    </message>
    <message>
        <source>Export Library as CSV…</source>
        <translation>导出话术库为 CSV…</translation>
    </message>
    <message>
        <source>All lines (%1)</source>
        <translation>全部话术（%1）</translation>
    </message>
    <message>
        <source>★ Favourites (%1)</source>
        <translation>★ 收藏（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Copied “%1” (used %n time(s)).</source>
        <translation>
            <numerusform>已复制“%1”（已用 %n 次）。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no favourite number %1.</source>
        <translation>没有第 %1 个收藏。</translation>
    </message>
    <message>
        <source>Add line “%1”</source>
        <translation>添加话术“%1”</translation>
    </message>
    <message>
        <source>Import Speech Library</source>
        <translation>导入话术库</translation>
    </message>
    <message>
        <source>Speech libraries (*.json *.txt);;All files (*)</source>
        <translation>话术库 (*.json *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Speech Library</source>
        <translation>导出话术库</translation>
    </message>
    <message>
        <source>speech library.json</source>
        <translation>话术库.json</translation>
    </message>
    <message>
        <source>Speech libraries (*.json)</source>
        <translation>话术库 (*.json)</translation>
    </message>
    <message>
        <source>speech library.csv</source>
        <translation>话术库.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>话术库管理</translation>
    </message>
    <message>
        <source>Search titles, text and tags (pinyin initials find Chinese lines)</source>
        <translation>搜索标题、内容和标签（支持拼音首字母：hyy → 欢迎语）</translation>
    </message>
    <message>
        <source>Who is the line for? ({member})</source>
        <translation>这条话术发给谁？（{member}）</translation>
    </message>
    <message>
        <source>Your name as staff ({staff}):</source>
        <translation>你作为工作人员的称呼（{staff}）：</translation>
    </message>
    <message>
        <source>This camp&apos;s {%1}, kept for every day:</source>
        <translation>本训练营的 {%1}（每天都会沿用）：</translation>
    </message>
    <message>
        <source>Fill “%1”</source>
        <translation>填写“%1”</translation>
    </message>
    <message>
        <source>This camp&apos;s {%1} for course day %2:</source>
        <translation>本训练营第 %2 个课程日的 {%1}：</translation>
    </message>
</context>
<context>
    <name>CampDesk::SubgroupBoard</name>
    <message>
        <source>New Subgroup…</source>
        <translation>新建小组…</translation>
    </message>
    <message>
        <source>Auto-split…</source>
        <translation>自动分组…</translation>
    </message>
    <message>
        <source>Split the members into balanced subgroups</source>
        <translation>把成员分成均衡的小组</translation>
    </message>
    <message>
        <source>Drag members between columns to move them.</source>
        <translation>在列之间拖动成员即可调整小组。</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分组</translation>
    </message>
    <message>
        <source>%1 (%2)
core %3 · seed %4</source>
        <translation>%1（%2）
核心 %3 · 种子 %4</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>把 %1 移到 %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n members to %1</source>
        <translation>
            <numerusform>把 %n 名成员移到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New Subgroup</source>
        <translation>新建小组</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Create subgroup “%1”</source>
        <translation>创建小组“%1”</translation>
    </message>
    <message>
        <source>Rename Subgroup</source>
        <translation>重命名小组</translation>
    </message>
    <message>
        <source>Rename subgroup “%1”</source>
        <translation>重命名小组“%1”</translation>
    </message>
    <message>
        <source>Recolour subgroup “%1”</source>
        <translation>修改小组“%1”的颜色</translation>
    </message>
    <message>
        <source>Set the leader of “%1”</source>
        <translation>设置“%1”的组长</translation>
    </message>
</context>
<context>
    <name>CampDesk::TeamDialog</name>
    <message>
        <source>Every camp</source>
        <translation>所有训练营</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Camps</source>
        <translation>训练营</translation>
    </message>
    <message>
        <source>Staff person</source>
        <translation>工作人员身份</translation>
    </message>
    <message>
        <source>Only for a login new to the server</source>
        <translation>仅在服务器上新建登录名时需要</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Camps:</source>
        <translation>训练营：</translation>
    </message>
    <message>
        <source>Their roster entry ({staff}):</source>
        <translation>对应的名单成员（{staff}）：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Owners do everything, the team included. Assistants keep the roster, check-ins, 接龙, chat imports and the plan of their camps. The atmosphere crew copies lines and records check-ins. Viewers read. The server enforces each role.</source>
        <translation>负责人可以做所有事，包括管理团队。助教负责所在训练营的名单、打卡、接龙、聊天记录导入和计划。气氛组复制话术、记录打卡。查看者只能查看。每个角色的权限都由服务器把关。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>every camp</source>
        <translation>所有训练营</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Owns the workspace: every right, always.</source>
        <translation>工作区的所有者：始终拥有全部权限。</translation>
    </message>
    <message>
        <source>The workspace&apos;s owner keeps every right.</source>
        <translation>工作区的所有者始终保有全部权限。</translation>
    </message>
    <message>
        <source>Tick the camps %1 works on, or Every camp.</source>
        <translation>请勾选 %1 负责的训练营，或勾选“所有训练营”。</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>Made the login %1 on the server: %2 here.</source>
        <translation>已在服务器上创建登录名 %1：在此工作区为%2。</translation>
    </message>
    <message>
        <source>Added %1, %2 here; their login keeps its password.</source>
        <translation>已添加 %1，在此工作区为%2；其登录名保留原密码。</translation>
    </message>
    <message>
        <source>%1 is now %2 here.</source>
        <translation>%1 现在在此工作区为%2。</translation>
    </message>
    <message>
        <source>%1 has no more rights to this workspace; the login stays on the server.</source>
        <translation>%1 已不再拥有此工作区的任何权限；登录名仍保留在服务器上。</translation>
    </message>
</context>
<context>
    <name>CampDesk::UserGuideDialog</name>
    <message>
        <source>CampDesk User Guide</source>
        <translation>CampDesk 使用指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this build of CampDesk.</source>
        <translation>此版本的 CampDesk 缺少使用指南。</translation>
    </message>
</context>
<context>
    <name>CampDesk::ViolationDialog</name>
    <message>
        <source>Log a Violation</source>
        <translation>记录违规</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>发广告</translation>
    </message>
    <message>
        <source>Links that pull people elsewhere</source>
        <translation>发引流链接</translation>
    </message>
    <message>
        <source>Investment or crypto talk</source>
        <translation>理财或币圈话题</translation>
    </message>
    <message>
        <source>Adding members privately</source>
        <translation>私加群友</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>刷屏</translation>
    </message>
    <message>
        <source>Personal attacks</source>
        <translation>人身攻击</translation>
    </message>
    <message>
        <source>What was posted, and where</source>
        <translation>发了什么、发在哪里</translation>
    </message>
    <message>
        <source>%1 has had their warnings: by the camp&apos;s policy this violation means removal.</source>
        <translation>%1 的警告次数已用完：按训练营规定，这次违规将被移出。</translation>
    </message>
    <message>
        <source>By the camp&apos;s policy, %1 gets a warning first.</source>
        <translation>按训练营规定，%1 先收到警告。</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Rule broken:</source>
        <translation>违反的规则：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>处理：</translation>
    </message>
</context>
<context>
    <name>CampDesk::WeekView</name>
    <message>
        <source>Day %1</source>
        <extracomment>Course day number in the week view&apos;s header</extracomment>
        <translation>第%1天</translation>
    </message>
</context>
<context>
    <name>CampDesk::WorkspaceDocument</name>
    <message>
        <source>%1 Views show other operators&apos; changes only when they read the workspace again.</source>
        <translation>%1 各视图要等重新读取工作区时才会显示其他运营者的改动。</translation>
    </message>
    <message>
        <source>The camp was not taken away: it has changed since it was created here (someone added to it or edited it, perhaps another operator), and their work would go with it. To remove it all the same, delete the camp.</source>
        <translation>训练营没有被撤销：它在这里创建之后已被改动（有人向其中添加了内容或做了编辑，可能是另一位运营者），撤销会把他们的工作一并删除。如果仍要删除，请使用“删除训练营”。</translation>
    </message>
</context>
<context>
    <name>CampPlanner</name>
    <message>
        <source>The copy needs a first course day.</source>
        <translation>副本需要开课第一天。</translation>
    </message>
    <message>
        <source>“%1” on %2: %3 before, %4 now</source>
        <translation>“%1”（%2）：原为%3，现为%4</translation>
    </message>
</context>
<context>
    <name>CampRepository</name>
    <message>
        <source>Camp %1 does not exist.</source>
        <translation>训练营 %1 不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Camp “%1” holds %n chat message(s) whose days were counted in %2; in %3 some would fall on another day. Its time zone stays: to change it, remove the camp&apos;s chat imports, change the zone, and import them again.</source>
        <translation>
            <numerusform>训练营“%1”中有 %n 条聊天消息，它们的日期是按 %2 计算的；换成 %3 后，有些消息会落到另一天。时区保持不变：如需更改，请先撤出这个训练营的聊天导入，更改时区后再重新导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampStatus</name>
    <message>
        <source>Planning</source>
        <translation>规划中</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>预备期</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结营</translation>
    </message>
</context>
<context>
    <name>CampVariableRepository</name>
    <message>
        <source>“%1” cannot name a variable: use letters, digits, _ or -, and not a built-in placeholder.</source>
        <translation>“%1”不能作为变量名：请使用字母、数字、_ 或 -，且不能与内置占位符同名。</translation>
    </message>
    <message>
        <source>A variable is set for every day (0) or for one course day (1 or more).</source>
        <translation>变量要么用于每天（0），要么用于某一个课程日（1 及以上）。</translation>
    </message>
</context>
<context>
    <name>ChatChoice</name>
    <message numerus="yes">
        <source>The file holds %n chat(s): %1. CampDesk imports one chat into a camp; choose the one to import.</source>
        <translation>
            <numerusform>文件中有 %n 个聊天：%1。CampDesk 一次只把一个聊天导入训练营，请选择要导入的那一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no chat named “%1”. It holds: %2.</source>
        <translation>文件中没有名为“%1”的聊天。文件中有：%2。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) of the file are named “%1”; choose one by its place in the list: %2.</source>
        <translation>
            <numerusform>文件中有 %n 个聊天都叫“%1”；请按它在列表中的位置选择：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 “%2”</source>
        <translation>#%1 “%2”</translation>
    </message>
    <message numerus="yes">
        <source>#%1 “%2” (%n message(s))</source>
        <translation>
            <numerusform>#%1 “%2”（%n 条消息）</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no chat #%1. It holds: %2.</source>
        <translation>文件中没有第 #%1 个聊天。文件中有：%2。</translation>
    </message>
</context>
<context>
    <name>ChatFileReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: the encoding “%2” is not known.</source>
        <translation>%1：不认识编码“%2”。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is not a chat export CampDesk can read. Formats tried: %2.</source>
        <translation>%1 不是 CampDesk 能读取的聊天记录。已尝试的格式：%2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>line %1: one message goes on for more than %2 MB. This is not a chat export CampDesk can read.</source>
        <translation>第 %1 行：一条消息超过 %2 MB。这不是 CampDesk 能读取的聊天导出文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a chat export.</source>
        <translation>%1 是一个文件夹，不是聊天导出文件。</translation>
    </message>
    <message>
        <source>%1 cannot be copied to a temporary file to be read: %2</source>
        <translation>无法把 %1 复制到临时文件以便读取：%2</translation>
    </message>
    <message>
        <source>%1 goes on for more than %2 GB; CampDesk reads no more than that from a pipe or device. Save the export to a file and import the file.</source>
        <translation>%1 超过 %2 GB；从管道或设备读取时，CampDesk 最多读取这么多。请把导出内容存成文件，再导入该文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read in parts (%2), and at %3 MB it is too big to read whole (the limit is %4 MB). Export a shorter period.</source>
        <translation>%1 无法分段读取（%2），而它有 %3 MB，太大，无法整体读取（上限为 %4 MB）。请导出较短的时间段。</translation>
    </message>
    <message>
        <source>a QQ chat whose headers carry no member ids</source>
        <translation>这是一份消息头不带成员 QQ 号的 QQ 聊天记录</translation>
    </message>
    <message>
        <source>its encoding, %1, cannot be decoded in parts</source>
        <translation>它的编码 %1 无法分段解码</translation>
    </message>
    <message>
        <source>%1 is a sign-up list (接龙), not a chat export. Record it as check-ins of a course day instead: in CampDesk under Participation → Paste Sign-up List…, or with “campdesk-cli jielong FILE --camp ID --day N”.</source>
        <translation>%1 是一份接龙，不是聊天记录导出。请把它记为某个课程日的打卡：在 CampDesk 的“参与情况 → 粘贴接龙…”中，或用“campdesk-cli jielong FILE --camp ID --day N”。</translation>
    </message>
    <message numerus="yes">
        <source>line %1: %n message(s) held a NUL character, which no chat shows and a team workspace cannot store. Each was kept with it replaced by U+FFFD.</source>
        <translation>
            <numerusform>第 %1 行起，有 %n 条消息含有空字符（NUL）：聊天里看不到它，团队工作区也无法存储它。这些消息都已保留，其中的空字符换成了 U+FFFD。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line %1: %n byte sequence(s) of this UTF-8 file are not UTF-8 (a stray byte, or a character cut short); each was read as U+FFFD, the rest of the file as UTF-8. Check the names on that line.</source>
        <translation>
            <numerusform>第 %1 行：这个 UTF-8 文件中有 %n 处字节不是 UTF-8（多出的字节，或被截断的字符）；每一处都读作 U+FFFD，文件其余部分仍按 UTF-8 读取。请检查这一行中的名字。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatFormat</name>
    <message>
        <source>WhatsApp text export</source>
        <translation>WhatsApp 文本导出</translation>
    </message>
    <message>
        <source>Telegram Desktop JSON</source>
        <translation>Telegram 桌面版 JSON</translation>
    </message>
    <message>
        <source>QQ message manager text</source>
        <translation>QQ 消息管理器文本</translation>
    </message>
    <message>
        <source>WeChat (MemoTrace CSV)</source>
        <translation>微信（MemoTrace CSV）</translation>
    </message>
    <message>
        <source>WeChat (MemoTrace TXT)</source>
        <translation>微信（MemoTrace TXT）</translation>
    </message>
    <message>
        <source>WeChat (PyWxDump CSV)</source>
        <translation>微信（PyWxDump CSV）</translation>
    </message>
    <message>
        <source>DiscordChatExporter JSON</source>
        <translation>DiscordChatExporter JSON</translation>
    </message>
    <message>
        <source>DiscordChatExporter CSV</source>
        <translation>DiscordChatExporter CSV</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
</context>
<context>
    <name>ChatImportDialog</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ChatImportRepository</name>
    <message>
        <source>Another import added messages of this chat to the camp while this one ran. Nothing of this import was kept; import the file again.</source>
        <translation>另一次导入在本次导入进行期间，向本营添加了这个聊天的消息。本次导入的内容都没有保留，请重新导入该文件。</translation>
    </message>
    <message>
        <source>A chat identity was stored without an id.</source>
        <translation>聊天身份已保存，却没有得到编号。</translation>
    </message>
    <message>
        <source>Check-ins for the same members and days were recorded while this import ran. Nothing of this import was kept; import the file again.</source>
        <translation>本次导入进行期间，有人为相同的成员和日期记录了打卡。本次导入的内容都没有保留，请重新导入该文件。</translation>
    </message>
    <message>
        <source>The server did not store every member&apos;s figures of this import. Nothing of it was kept; import the file again.</source>
        <translation>服务器没有保存本次导入中每位成员的数据。本次导入的内容都没有保留，请重新导入该文件。</translation>
    </message>
</context>
<context>
    <name>ChatImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 holds no messages.</source>
        <translation>%1 中没有消息。</translation>
    </message>
    <message>
        <source>Line %1: the message could not be given a key of its own.</source>
        <translation>第 %1 行：无法为这条消息分配唯一的键。</translation>
    </message>
    <message>
        <source>%1: a chat was named (“%2”), but a %3 file holds one chat; nothing was imported.</source>
        <translation>%1：指定了聊天（“%2”），但 %3 文件只有一个聊天；没有导入任何内容。</translation>
    </message>
</context>
<context>
    <name>ChatText</name>
    <message>
        <source>Line %1 begins like a message (“%2”) but cannot be read as one; it was kept as part of the message above it. If it is a message of its own, the export is cut or damaged there.</source>
        <translation>第 %1 行的开头像一条消息（“%2”），却无法按消息读取；它已作为上一条消息的一部分保留。如果它本是一条单独的消息，说明导出文件在这里被截断或损坏了。</translation>
    </message>
    <message>
        <source>Lines %1 to %2 read as one row: a quote was probably lost at line %1, and the rows after it ran into it. Not imported; check these lines.</source>
        <translation>第 %1 行到第 %2 行被读成了一行：第 %1 行可能缺了一个引号，后面的行都并进了这一行。这些行没有导入，请检查。</translation>
    </message>
</context>
<context>
    <name>CheckInGrid</name>
    <message>
        <source>Day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1（#%2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而不是文本。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>没有给出命令。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Unknown subcommand “camps %1”.</source>
        <translation>未知子命令“camps %1”。</translation>
    </message>
    <message>
        <source>List the camps of a workspace, newest first.</source>
        <translation>列出工作区中的训练营，最新的在前。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>No camps yet. Create one with: campdesk-cli camps create --name NAME --course-start DATE --course-end DATE</source>
        <translation>还没有训练营。创建一个：campdesk-cli camps create --name 名称 --course-start 日期 --course-end 日期</translation>
    </message>
    <message>
        <source>Create a camp.</source>
        <translation>创建训练营。</translation>
    </message>
    <message>
        <source>Name of the camp.</source>
        <translation>训练营名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>First course day (YYYY-MM-DD).</source>
        <translation>开课第一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Last course day (YYYY-MM-DD).</source>
        <translation>最后课程日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Days of preparation before the first course day (default %1).</source>
        <translation>开课前的预备天数（默认 %1）。</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Target daily active rate in percent (default %1).</source>
        <translation>目标日活跃率，百分比（默认 %1）。</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>缺少 --%1。</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date; expected YYYY-MM-DD.</source>
        <translation>--%1：“%2”不是日期，应为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--prep-days: “%1” is not a number of days from 0 to 60.</source>
        <translation>--prep-days：“%1”不是 0 到 60 之间的天数。</translation>
    </message>
    <message>
        <source>--target-active-rate: “%1” is not a percentage from 0 to 100.</source>
        <translation>--target-active-rate：“%1”不是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>Created camp %1: %2</source>
        <translation>已创建训练营 %1：%2</translation>
    </message>
    <message>
        <source>Show one camp.</source>
        <translation>显示一个训练营。</translation>
    </message>
    <message>
        <source>Id of the camp (see “camps list”).</source>
        <translation>训练营编号（见“camps list”）。</translation>
    </message>
    <message>
        <source>“camps show” needs exactly one camp id.</source>
        <translation>“camps show”需要且只需要一个训练营编号。</translation>
    </message>
    <message>
        <source>“%1” is not a camp id.</source>
        <translation>“%1”不是训练营编号。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Preparation from: %1</source>
        <translation>预备期开始：%1</translation>
    </message>
    <message numerus="yes">
        <source>Course: %1 – %2 (%n day(s))</source>
        <translation>
            <numerusform>课程：%1 – %2（共 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Target active rate: %1 %</source>
        <translation>目标活跃率：%1 %</translation>
    </message>
    <message>
        <source>(try “campdesk-cli --help”)</source>
        <translation>（请查看“campdesk-cli --help”）</translation>
    </message>
    <message>
        <source>Missing --camp.</source>
        <translation>缺少 --camp。</translation>
    </message>
    <message>
        <source>List the plan templates: built in, then saved in the workspace.</source>
        <translation>列出计划模板：先是内置模板，然后是工作区中保存的模板。</translation>
    </message>
    <message>
        <source>Plan a camp from a template: sets the camp&apos;s dates and adds the template&apos;s activities.</source>
        <translation>用模板为训练营制定计划：设置训练营的日期并添加模板中的活动。</translation>
    </message>
    <message>
        <source>Id of the camp.</source>
        <translation>训练营编号。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Template key or name (see “templates”).</source>
        <translation>模板键名或名称（见“templates”）。</translation>
    </message>
    <message>
        <source>Number of course days.</source>
        <translation>课程天数。</translation>
    </message>
    <message>
        <source>Preparation days (default: the template&apos;s).</source>
        <translation>预备天数（默认使用模板的设置）。</translation>
    </message>
    <message>
        <source>Leave out these optional items (keys, comma-separated).</source>
        <translation>不包含这些可选项目（键名，用逗号分隔）。</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>键名</translation>
    </message>
    <message>
        <source>Language of the activity titles: en or zh_CN.</source>
        <translation>活动标题的语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>--lang: “%1” is not en or zh_CN.</source>
        <translation>--lang：“%1”不是 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Added %1 activities from “%2” to camp %3.</source>
        <translation>已从“%2”向训练营 %3 添加 %1 项活动。</translation>
    </message>
    <message>
        <source>List a camp&apos;s activities in time order.</source>
        <translation>按时间顺序列出训练营的活动。</translation>
    </message>
    <message>
        <source>Export a camp&apos;s plan as an iCalendar (.ics) file for phones and calendars.</source>
        <translation>把训练营的计划导出为 iCalendar (.ics) 文件，供手机和日历应用使用。</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Missing -o FILE.</source>
        <translation>缺少 -o 文件。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1 events to %2</source>
        <translation>已向 %2 写入 %1 个日程</translation>
    </message>
    <message>
        <source>Unknown subcommand “speech %1”.</source>
        <translation>未知子命令“speech %1”。</translation>
    </message>
    <message>
        <source>List the speech library: lines for every camp and, with --camp, that camp&apos;s.</source>
        <translation>列出话术库：适用于所有训练营的话术，以及用 --camp 指定的训练营专用话术。</translation>
    </message>
    <message>
        <source>Only this category (e.g. hype, welcome).</source>
        <translation>只显示这一分类（如 hype、welcome）。</translation>
    </message>
    <message>
        <source>category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Only lines whose title, text or tags match (pinyin initials work).</source>
        <translation>只显示标题、内容或标签匹配的话术（支持拼音首字母）。</translation>
    </message>
    <message>
        <source>words</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>--category: “%1” is not one of %2.</source>
        <translation>--category：“%1”不在 %2 之中。</translation>
    </message>
    <message>
        <source>Print a speech template with its placeholders filled for a camp and day.</source>
        <translation>按训练营和日期填充占位符并输出一条话术。</translation>
    </message>
    <message>
        <source>Id of the template (see “speech list”).</source>
        <translation>话术编号（见“speech list”）。</translation>
    </message>
    <message>
        <source>Course day number (default: today).</source>
        <translation>课程日序号（默认：今天）。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时刻</translation>
    </message>
    <message>
        <source>Member for {member} and {@member}.</source>
        <translation>{member} 和 {@member} 对应的成员。</translation>
    </message>
    <message>
        <source>Staff member for {staff}.</source>
        <translation>{staff} 对应的工作人员。</translation>
    </message>
    <message>
        <source>“speech render” needs exactly one template id.</source>
        <translation>“speech render”需要且只需要一个话术编号。</translation>
    </message>
    <message>
        <source>“%1” is not a template id.</source>
        <translation>“%1”不是话术编号。</translation>
    </message>
    <message>
        <source>--day: “%1” is not a course day number (1 or more).</source>
        <translation>--day：“%1”不是课程日序号（1 及以上）。</translation>
    </message>
    <message>
        <source>--time: “%1” is not a time (HH:MM).</source>
        <translation>--time：“%1”不是时刻（HH:MM）。</translation>
    </message>
    <message>
        <source>Template %1 cannot be filled: %2.</source>
        <translation>话术 %1 无法填充：%2。</translation>
    </message>
    <message>
        <source>“roster” needs a subcommand: import, list or export.</source>
        <translation>“roster”需要子命令：import、list 或 export。</translation>
    </message>
    <message>
        <source>Unknown subcommand “roster %1”.</source>
        <translation>未知子命令“roster %1”。</translation>
    </message>
    <message>
        <source>Import members from a CSV/TSV file (UTF-8, UTF-16 or GBK; headers in Chinese or English). Matches existing people by chat id or phone; writes everything in one transaction, or nothing.</source>
        <translation>从 CSV/TSV 文件导入成员（UTF-8、UTF-16 或 GBK；表头中英文均可）。按聊天账号或手机号匹配已有成员；在一个事务中全部写入，否则什么都不写。</translation>
    </message>
    <message>
        <source>The roster file.</source>
        <translation>名单文件。</translation>
    </message>
    <message>
        <source>Column mapping overriding the guess: COLUMN=FIELD,… where COLUMN is a header or a 1-based number and FIELD one of %1.</source>
        <translation>覆盖自动识别的列对应关系：列=字段,…，列是表头或从 1 开始的列号，字段是 %1 之一。</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>对应关系</translation>
    </message>
    <message>
        <source>Text encoding (default: detected).</source>
        <translation>文本编码（默认：自动识别）。</translation>
    </message>
    <message>
        <source>Show what would be imported; write nothing.</source>
        <translation>只显示将要导入的内容，不写入。</translation>
    </message>
    <message>
        <source>Join rows to existing people with the same name (default: new people).</source>
        <translation>把同名的行并入已有成员（默认：作为新成员）。</translation>
    </message>
    <message>
        <source>“roster import” needs exactly one file.</source>
        <translation>“roster import”需要且只需要一个文件。</translation>
    </message>
    <message>
        <source>--encoding: “%1” is not an encoding this system knows.</source>
        <translation>--encoding：本系统不认识编码“%1”。</translation>
    </message>
    <message>
        <source>%1: no rows below the header line.</source>
        <translation>%1：表头下面没有数据行。</translation>
    </message>
    <message>
        <source>--mapping: “%1” is not a field.</source>
        <translation>--mapping：“%1”不是字段。</translation>
    </message>
    <message>
        <source>--mapping: %1 has no column “%2”.</source>
        <translation>--mapping：%1 中没有“%2”这一列。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Added %1 members to camp %2.</source>
        <translation>已向训练营 %2 添加 %1 名成员。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：没有写入任何内容。</translation>
    </message>
    <message>
        <source>List a camp&apos;s members, staff first.</source>
        <translation>列出训练营的成员，工作人员在前。</translation>
    </message>
    <message>
        <source>Include phone numbers (personal data).</source>
        <translation>包含手机号（个人信息）。</translation>
    </message>
    <message>
        <source>Export a camp&apos;s members as CSV (UTF-8 with BOM) that the import reads back.</source>
        <translation>把训练营成员导出为 CSV（带 BOM 的 UTF-8），可以再导入。</translation>
    </message>
    <message>
        <source>Import a chat export into a camp: WhatsApp .txt, Telegram Desktop result.json, QQ message-manager .txt, WeChat (MemoTrace CSV/TXT, PyWxDump CSV), DiscordChatExporter JSON/CSV. Everything is written in one transaction; importing the same or an overlapping export again adds nothing twice.</source>
        <translation>把聊天记录导入训练营：WhatsApp .txt、Telegram 桌面版 result.json、QQ 消息管理器 .txt、微信（MemoTrace CSV/TXT、PyWxDump CSV）、DiscordChatExporter JSON/CSV。所有内容在一个事务中写入；同一份或有重叠的记录再次导入不会重复计数。</translation>
    </message>
    <message>
        <source>The chat export.</source>
        <translation>聊天记录文件。</translation>
    </message>
    <message>
        <source>One of %1 (default: auto).</source>
        <translation>%1 之一（默认：auto）。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>auto, UTF-8, UTF-16LE, UTF-16BE, GB18030, GBK … (default: auto).</source>
        <translation>auto、UTF-8、UTF-16LE、UTF-16BE、GB18030、GBK……（默认：auto）。</translation>
    </message>
    <message>
        <source>auto, dmy or mdy: how WhatsApp dates are read (default: auto).</source>
        <translation>auto、dmy 或 mdy：WhatsApp 日期的读法（默认：auto）。</translation>
    </message>
    <message>
        <source>order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>--format: “%1” is not one of %2.</source>
        <translation>--format：“%1”不是 %2 之一。</translation>
    </message>
    <message>
        <source>--date-order: “%1” is not auto, dmy or mdy.</source>
        <translation>--date-order：“%1”不是 auto、dmy 或 mdy。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Messages added: %1; duplicates skipped: %2; system events: %3 (%4 joins, %5 leaves); check-ins: %6</source>
        <translation>新增消息：%1；跳过重复：%2；系统事件：%3（入群 %4，退群 %5）；打卡：%6</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <source>New members: %1</source>
        <translation>新成员：%1</translation>
    </message>
    <message>
        <source>The 接龙 text, or - for standard input.</source>
        <translation>接龙文本，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>Course day number (1 = first course day).</source>
        <translation>课程日序号（1 = 开课第一天）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Id of a check-in activity on that day.</source>
        <translation>当天某个打卡活动的 id。</translation>
    </message>
    <message>
        <source>Missing --day.</source>
        <translation>缺少 --day。</translation>
    </message>
    <message>
        <source>“%1” is not an activity id.</source>
        <translation>“%1”不是活动 id。</translation>
    </message>
    <message>
        <source>--day: camp %1 has %2 course days.</source>
        <translation>--day：训练营 %1 共有 %2 个课程日。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>Day %1 (%2): %3 check-ins recorded, %4 already checked in, %5 entries unmatched.</source>
        <translation>第 %1 天（%2）：记录打卡 %3 人，已打过卡 %4 人，未对应 %5 条。</translation>
    </message>
    <message>
        <source>Per-member participation of a camp: messages, active days and check-ins, and active members per day.</source>
        <translation>训练营每位成员的参与情况：消息数、活跃天数和打卡次数，以及每天的活跃人数。</translation>
    </message>
    <message>
        <source>id	name	messages	active days	check-ins</source>
        <translation>id	名字	消息数	活跃天数	打卡次数</translation>
    </message>
    <message>
        <source>Number of members (default 5000).</source>
        <translation>成员人数（默认 5000）。</translation>
    </message>
    <message>
        <source>Number of days (default 60).</source>
        <translation>天数（默认 60）。</translation>
    </message>
    <message>
        <source>Number of messages (default 1000000).</source>
        <translation>消息条数（默认 1000000）。</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (default 2027-03-01).</source>
        <translation>第一天，YYYY-MM-DD（默认 2027-03-01）。</translation>
    </message>
    <message>
        <source>Random seed (default 20270301).</source>
        <translation>随机种子（默认 20270301）。</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a number from %3 to %4.</source>
        <translation>--%1：“%2”不是 %3 到 %4 之间的数。</translation>
    </message>
    <message>
        <source>--first-day: “%1” is not a date; expected YYYY-MM-DD.</source>
        <translation>--first-day：“%1”不是日期；应为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>List the chat identities (senders) found in a camp&apos;s imports and the member each one is; --map and --staff change that, and the aggregates follow.</source>
        <translation>列出训练营导入记录中的聊天身份（发言人）及其对应的成员；--map 和 --staff 可以修改，统计随之更新。</translation>
    </message>
    <message>
        <source>key=id</source>
        <translation>key=id</translation>
    </message>
    <message>
        <source>Mark the identity with this key as staff.</source>
        <translation>把该 key 的身份标记为工作人员。</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>--map: “%1” is not KEY=MEMBER_ID.</source>
        <translation>--map：“%1”不是 KEY=MEMBER_ID。</translation>
    </message>
    <message>
        <source>unmapped</source>
        <translation>未对应</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>“%1” needs exactly one file.</source>
        <translation>“%1”需要且只需要一个文件。</translation>
    </message>
    <message>
        <source>The camp&apos;s review: every participation series as JSON, or the review report as PDF.</source>
        <translation>训练营复盘：以 JSON 输出全部参与数据序列，或生成 PDF 复盘报告。</translation>
    </message>
    <message>
        <source>Write the review report as PDF to this file.</source>
        <translation>把 PDF 复盘报告写入此文件。</translation>
    </message>
    <message>
        <source>First day (default: the camp&apos;s first).</source>
        <translation>第一天（默认：训练营的第一天）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Last day (default: the camp&apos;s last).</source>
        <translation>最后一天（默认：训练营的最后一天）。</translation>
    </message>
    <message>
        <source>Only this subgroup (its id).</source>
        <translation>只统计这个小组（填小组编号）。</translation>
    </message>
    <message>
        <source>Count staff too.</source>
        <translation>工作人员也计入统计。</translation>
    </message>
    <message>
        <source>“report” needs exactly one of --json and --pdf FILE.</source>
        <translation>“report”需要且只能指定 --json 或 --pdf 文件 其中之一。</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date (YYYY-MM-DD).</source>
        <translation>--%1：“%2”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>--subgroup: “%1” is not a subgroup id.</source>
        <translation>--subgroup：“%1”不是小组编号。</translation>
    </message>
    <message>
        <source>Write a deterministic chat export (the same options always give the same bytes) for benchmarks and trials, or the roster of its members; or add deterministic activities to a camp&apos;s plan.</source>
        <translation>生成可复现的聊天导出文件（相同选项总是得到相同字节），用于基准测试和试用，或生成其成员名单；也可以向训练营计划中添加可复现的活动。</translation>
    </message>
    <message>
        <source>whatsapp, telegram, roster or activities.</source>
        <translation>whatsapp、telegram、roster 或 activities。</translation>
    </message>
    <message>
        <source>Number of activities for --format activities (default 2000).</source>
        <translation>--format activities 时生成的活动数（默认 2000）。</translation>
    </message>
    <message>
        <source>--format: “%1” is not whatsapp, telegram, roster or activities.</source>
        <translation>--format：“%1”不是 whatsapp、telegram、roster 或 activities。</translation>
    </message>
    <message>
        <source>Added %1 activities to camp %2</source>
        <translation>已向训练营 %2 添加 %1 个活动</translation>
    </message>
    <message>
        <source>Add senders who match no member exactly as new members (one each).</source>
        <translation>把没有精确对应到任何成员的发言人添加为新成员（每人一位）。</translation>
    </message>
    <message>
        <source>Map a sender whose strongest suggestion names one member to that member. Without it, suggestions are only listed.</source>
        <translation>若某发言人最可靠的建议只指向一位成员，就对应到该成员。不加此选项时，建议只列出，不采纳。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of %1 could not be read and were not imported (the lines are listed above); the rest was imported.</source>
        <translation>
            <numerusform>%1 中有 %n 条消息无法读取，未导入（对应的行已在上方列出）；其余消息已导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions accepted: %1</source>
        <translation>采纳的建议：%1</translation>
    </message>
    <message>
        <source>Senders not matched to a member (%1); map them with “identities --map KEY=MEMBER_ID”, accept the suggestions with --accept-suggestions, or add them with --create-members:</source>
        <translation>未对应成员的发言人（%1 位）；可用“identities --map KEY=MEMBER_ID”对应，用 --accept-suggestions 采纳建议，或用 --create-members 添加为新成员：</translation>
    </message>
    <message>
        <source>me (the account that made the export)</source>
        <translation>我（导出记录的账号）</translation>
    </message>
    <message>
        <source>suggested: %1 (member %2): %3</source>
        <translation>建议：%1（成员 %2）：%3</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Senders mapped to no member (key, name, messages, active days, check-in days):</source>
        <translation>未对应成员的发言人（键、名字、消息数、活跃天数、打卡天数）：</translation>
    </message>
    <message>
        <source>Record a 接龙 list (a file, or - for standard input) as check-ins of a course day. An entry that names a member exactly (name, group nickname, or a name matched by hand before) is recorded; for the others the members they may mean are listed, and recorded only with --accept-suggestions.</source>
        <translation>把一份接龙（文件，或用 - 表示标准输入）记为某个课程日的打卡。与成员完全对应的条目（名字、群昵称，或之前手动对应过的名字）直接记录；其余条目只列出可能对应的成员，加 --accept-suggestions 才会记录。</translation>
    </message>
    <message>
        <source>Record an entry whose strongest suggestion names one member as that member&apos;s check-in.</source>
        <translation>若某条目最可靠的建议只指向一位成员，就记为该成员的打卡。</translation>
    </message>
    <message>
        <source>%1, line %2: no member matches “%3” exactly</source>
        <translation>%1，第 %2 行：没有成员与“%3”完全对应</translation>
    </message>
    <message>
        <source>Create the workspace if the file does not exist yet.</source>
        <translation>文件不存在时创建工作区。</translation>
    </message>
    <message>
        <source>%1 does not exist, and this command does not create workspaces. Check the path; to start a new workspace there, create a camp in it (“%2 camps create --workspace %1 …”) or add --create.</source>
        <translation>%1 不存在，而此命令不会创建工作区。请检查路径；若要在那里新建工作区，请在其中创建一个营（“%2 camps create --workspace %1 …”），或加上 --create。</translation>
    </message>
    <message>
        <source>%1 rows: %2 new people, %3 people already known, %4 already in the camp, %5 skipped.</source>
        <translation>共 %1 行：新人 %2 位，已认识的人 %3 位，已在营中 %4 位，跳过 %5 行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) share a name with someone known and join them (--accept-merges).</source>
        <translation>
            <numerusform>%n 行与已认识的人同名，将并入此人（--accept-merges）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) share a name with someone known and become new people; --accept-merges joins them instead.</source>
        <translation>
            <numerusform>%n 行与已认识的人同名，将作为新人加入；加上 --accept-merges 则改为并入此人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Language of the document: en or zh_CN (default: the system&apos;s).</source>
        <translation>文档语言：en 或 zh_CN（默认跟随系统）。</translation>
    </message>
    <message>
        <source>Write a day&apos;s run sheet as PDF: the day&apos;s activities with times, owners, notes and checklists, for assistants.</source>
        <translation>把某一天的流程单写成 PDF：当天的活动及时间、负责人、备注和检查清单，供助教使用。</translation>
    </message>
    <message>
        <source>The day (YYYY-MM-DD).</source>
        <translation>日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Missing --date YYYY-MM-DD.</source>
        <translation>缺少 --date YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--date: “%1” is not a date (YYYY-MM-DD).</source>
        <translation>--date：“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Review the camp as it stood at the end of this day (default: today, or the last day with data before it).</source>
        <translation>按这一天结束时的情况复盘训练营（默认：今天，或今天之前最后一个有数据的日子）。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n member(s) to %1</source>
        <translation>
            <numerusform>已向 %1 写入 %n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address; write it as postgresql://user@host/database or as keyword=value pairs (host=… dbname=…).</source>
        <translation>“%1”不是 PostgreSQL 地址；请写成 postgresql://用户@主机/数据库，或写成 关键字=值 的形式（host=… dbname=…）。</translation>
    </message>
    <message>
        <source>“workspace” needs a subcommand: push or pull.</source>
        <translation>“workspace”需要子命令：push 或 pull。</translation>
    </message>
    <message>
        <source>Unknown subcommand “workspace %1”.</source>
        <translation>未知的子命令“workspace %1”。</translation>
    </message>
    <message>
        <source>Write a team workspace on a PostgreSQL server to a new workspace file.</source>
        <translation>把 PostgreSQL 服务器上的团队工作区写成一个新的工作区文件。</translation>
    </message>
    <message>
        <source>The server&apos;s address, e.g. postgresql://user@host/database.</source>
        <translation>服务器地址，例如 postgresql://用户@主机/数据库。</translation>
    </message>
    <message>
        <source>The workspace file to write (a new file).</source>
        <translation>要写入的工作区文件（必须是新文件）。</translation>
    </message>
    <message>
        <source>%1 already exists; name a new file.</source>
        <translation>%1 已存在；请指定一个新文件。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) from %1 to %2.</source>
        <translation>
            <numerusform>已从 %1 复制 %n 行到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy a workspace file into an empty team workspace on a PostgreSQL server.</source>
        <translation>把工作区文件复制到 PostgreSQL 服务器上一个空的团队工作区。</translation>
    </message>
    <message>
        <source>The workspace file to copy.</source>
        <translation>要复制的工作区文件。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Missing --to ADDRESS: the team workspace to copy into.</source>
        <translation>缺少 --to 地址：要复制到的团队工作区。</translation>
    </message>
    <message>
        <source>%1 is not a workspace file.</source>
        <translation>%1 不是工作区文件。</translation>
    </message>
    <message>
        <source>Workspace file, or a team workspace&apos;s PostgreSQL address, to use (default: %1).</source>
        <translation>要使用的工作区文件，或团队工作区的 PostgreSQL 地址（默认：%1）。</translation>
    </message>
    <message>
        <source>List a team workspace&apos;s changes, oldest first: who made each, when, and the row before and after. With --camp, that camp&apos;s changes only.</source>
        <translation>列出团队工作区的改动，从最早的开始：每项由谁、在何时做出，以及改动前后的那一行。加 --camp 时只列该训练营的改动。</translation>
    </message>
    <message>
        <source>Only the changes of this operator (their server login).</source>
        <translation>只列这位运营者（其服务器登录名）的改动。</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Only the changes to this table (as listed, e.g. activities).</source>
        <translation>只列对这张表（按列出的名字，如 activities）的改动。</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Only the changes from this date (YYYY-MM-DD, local time) or moment on.</source>
        <translation>只列从这一天（YYYY-MM-DD，本地时间）或这一时刻起的改动。</translation>
    </message>
    <message>
        <source>--since: “%1” is neither a date (YYYY-MM-DD) nor a moment (YYYY-MM-DDTHH:MM).</source>
        <translation>--since：“%1”既不是日期（YYYY-MM-DD），也不是时刻（YYYY-MM-DDTHH:MM）。</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>没有记录到改动。</translation>
    </message>
    <message>
        <source>“camps” needs a subcommand: list, create, show, edit or delete.</source>
        <translation>“camps”需要子命令：list、create、show、edit 或 delete。</translation>
    </message>
    <message>
        <source>“team” needs a subcommand: list, add, set-role or remove.</source>
        <translation>“team”需要子命令：list、add、set-role 或 remove。</translation>
    </message>
    <message>
        <source>Unknown subcommand “team %1”.</source>
        <translation>未知的子命令“team %1”。</translation>
    </message>
    <message>
        <source>Delete a camp with its plan, roster, check-ins and imports; its people stay in the workspace.</source>
        <translation>删除一个训练营及其计划、名单、打卡和导入记录；其中的人员仍保留在工作区。</translation>
    </message>
    <message>
        <source>The camp&apos;s id (camps list shows it).</source>
        <translation>训练营编号（camps list 会列出）。</translation>
    </message>
    <message>
        <source>Deleted camp %1: %2</source>
        <translation>已删除训练营 %1：%2</translation>
    </message>
    <message>
        <source>Theme of the camp.</source>
        <translation>训练营的主题。</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Goal: members who join.</source>
        <translation>目标：加入的成员人数。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Goal: daily active rate in percent.</source>
        <translation>目标：每日活跃率（百分比）。</translation>
    </message>
    <message>
        <source>Goal: check-in rate in percent.</source>
        <translation>目标：打卡率（百分比）。</translation>
    </message>
    <message>
        <source>--target-members: “%1” is not a number of members.</source>
        <translation>--target-members：“%1”不是成员人数。</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a percentage from 0 to 100.</source>
        <translation>--%1：“%2”不是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>Changed camp %1: %2</source>
        <translation>已修改训练营 %1：%2</translation>
    </message>
    <message>
        <source>Add an operator to a team workspace, making their server login if it is new (its password is asked for, or read from standard input&apos;s first line).</source>
        <translation>为团队工作区添加运营人员；若登录名在服务器上是新的，则创建它（密码会提示输入，或从标准输入的第一行读取）。</translation>
    </message>
    <message>
        <source>Change an operator&apos;s role, camps or staff person.</source>
        <translation>修改运营人员的角色、训练营或工作人员身份。</translation>
    </message>
    <message>
        <source>The operator&apos;s server login.</source>
        <translation>运营人员在服务器上的登录名。</translation>
    </message>
    <message>
        <source>owner, assistant, crew or viewer.</source>
        <translation>owner（负责人）、assistant（助教）、crew（气氛组）或 viewer（查看者）。</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The camps they work on, as ids separated by commas (default: every camp).</source>
        <translation>其负责的训练营，用逗号分隔的编号（默认：所有训练营）。</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Their own entry in the rosters (a person&apos;s id or exact name), which fills {staff} for them.</source>
        <translation>其在名单中的对应成员（人员编号或完整姓名），用于为其填写 {staff}。</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Missing --role.</source>
        <translation>缺少 --role。</translation>
    </message>
    <message>
        <source>--role: “%1” is not a role; expected owner, assistant, crew or viewer.</source>
        <translation>--role：“%1”不是角色；应为 owner、assistant、crew 或 viewer。</translation>
    </message>
    <message>
        <source>--person: nobody in the rosters is “%1”.</source>
        <translation>--person：名单中没有“%1”。</translation>
    </message>
    <message>
        <source>--person: %1 people are named “%2”; give the id of one (roster list shows it).</source>
        <translation>--person：有 %1 人名叫“%2”；请给出其中一人的编号（roster list 会列出）。</translation>
    </message>
    <message>
        <source>%1 is now %2 here.</source>
        <translation>%1 现在在此工作区的角色为 %2。</translation>
    </message>
    <message>
        <source>Password for the new login %1: </source>
        <translation>新登录名 %1 的密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；没有做任何修改。</translation>
    </message>
    <message>
        <source>The login %1 is new and needs a password (asked for on a terminal, else standard input&apos;s first line); nothing was changed.</source>
        <translation>登录名 %1 是新的，需要密码（在终端上会提示输入，否则读取标准输入的第一行）；没有做任何修改。</translation>
    </message>
    <message>
        <source>Made the login %1, %2 here.</source>
        <translation>已创建登录名 %1，在此工作区的角色为 %2。</translation>
    </message>
    <message>
        <source>Added %1, %2 here; their login keeps its password.</source>
        <translation>已添加 %1，在此工作区的角色为 %2；其登录名保留原密码。</translation>
    </message>
    <message>
        <source>List a team workspace&apos;s operators: login, role, camps and staff person.</source>
        <translation>列出团队工作区的运营人员：登录名、角色、训练营和工作人员身份。</translation>
    </message>
    <message>
        <source>every camp</source>
        <translation>所有训练营</translation>
    </message>
    <message>
        <source>camps %1</source>
        <translation>训练营 %1</translation>
    </message>
    <message>
        <source>owns the workspace</source>
        <translation>工作区所有者</translation>
    </message>
    <message>
        <source>Take an operator&apos;s every right to a team workspace. The login stays on the server, where other workspaces may use it.</source>
        <translation>收回运营人员对团队工作区的全部权限。登录名仍保留在服务器上，其他工作区可能还在使用。</translation>
    </message>
    <message>
        <source>%1 has no more rights to this workspace.</source>
        <translation>%1 已不再拥有此工作区的任何权限。</translation>
    </message>
    <message>
        <source>Record the line as copied, as the window does: the crew&apos;s rotation and the history count it.</source>
        <translation>像窗口里一样把这条话术记为已复制：气氛组的轮换和改动记录都会计入。</translation>
    </message>
    <message>
        <source>“speech” needs a subcommand: list, render or next.</source>
        <translation>“speech”需要子命令：list、render 或 next。</translation>
    </message>
    <message>
        <source>Print the line of a category the crew&apos;s rotation gives next for a camp and day (one nobody has copied that day yet), filled, and record it as copied.</source>
        <translation>按训练营和日期显示气氛组轮换中该分类的下一条话术（当天还没有人复制过的一条），填好占位符，并记为已复制。</translation>
    </message>
    <message>
        <source>The category&apos;s key (see “speech list --json”), e.g. hype.</source>
        <translation>分类的键（见“speech list --json”），例如 hype。</translation>
    </message>
    <message>
        <source>There are no lines in “%1”.</source>
        <translation>“%1”里没有话术。</translation>
    </message>
    <message>
        <source>Only the newest N of these changes (still listed oldest first).</source>
        <translation>只列出其中最新的 N 条改动（仍按从旧到新排列）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--last: “%1” is not a whole number of changes from 1 up.</source>
        <translation>--last：“%1”无效，请填写不小于 1 的整数。</translation>
    </message>
    <message>
        <source>Usage: campdesk-cli COMMAND [OPTIONS]

Commands:
  camps list                 List the camps of a workspace.
  camps create               Create a camp.
  camps show ID              Show one camp.
  camps edit                 Change a camp&apos;s name, theme, course days, periods or goals.
  camps delete ID            Delete a camp with everything of it.
  templates                  List the plan templates.
  plan                       Plan a camp from a template.
  activities                 List a camp&apos;s activities.
  export-ics                 Export a camp&apos;s plan as an iCalendar file.
  speech list                List the speech library.
  speech render ID           Print a speech template filled for a camp and day.
  speech next CATEGORY       Print and record the crew&apos;s next line of a category.
  roster import FILE         Import members from a CSV/TSV file.
  roster list                List a camp&apos;s members.
  roster export              Export a camp&apos;s members as CSV.
  import FILE                Import a chat export (WhatsApp, Telegram, QQ, WeChat, Discord).
  jielong FILE|-             Record a pasted 接龙 list as check-ins.
  stats                      Print per-member participation.
  identities                 List chat senders of a camp and map them to members.
  imports                    List a camp&apos;s chat imports, or take one back out.
  generate                   Write a deterministic chat export for benchmarks.
  report                     Print a camp&apos;s review figures (JSON) or write its PDF report.
  run-sheet                  Write a day&apos;s run sheet as PDF.
  history                    List a team workspace&apos;s changes: who, when, before and after.
  team list                  List a team workspace&apos;s operators and their roles.
  team add LOGIN --role ROLE Add an operator (owner, assistant, crew or viewer).
  team set-role LOGIN --role ROLE
                             Change an operator&apos;s role, camps or staff person.
  team remove LOGIN          Take an operator&apos;s rights to the workspace.
  workspace push FILE --to ADDRESS
                             Copy a workspace file into an empty team workspace (PostgreSQL).
  workspace pull ADDRESS -o FILE
                             Write a team workspace to a new workspace file.
  workspace backups          List the backups CampDesk keeps of a workspace file.
  workspace restore BACKUP   Put a backup in place of a workspace file.

Options:
  --version                  Print the version and exit.
  --help                     Show this help; COMMAND --help shows a command&apos;s options.
</source>
        <translation>用法：campdesk-cli 命令 [选项]

命令：
  camps list                 列出工作区中的训练营。
  camps create               创建训练营。
  camps show ID              显示一个训练营。
  camps edit                 修改训练营的名称、主题、课程日期、各阶段日期或目标。
  camps delete ID            删除一个训练营及其全部内容。
  templates                  列出计划模板。
  plan                       用模板为训练营制定计划。
  activities                 列出训练营的活动。
  export-ics                 把训练营的计划导出为 iCalendar 文件。
  speech list                列出话术库。
  speech render ID           按训练营和日期填充并显示一条话术。
  speech next CATEGORY       显示气氛组轮换中该分类的下一条话术，并记为已复制。
  roster import FILE         从 CSV/TSV 文件导入成员。
  roster list                列出训练营的成员。
  roster export              把训练营的成员导出为 CSV。
  import FILE                导入聊天记录（WhatsApp、Telegram、QQ、微信、Discord）。
  jielong FILE|-             把粘贴的接龙记录为打卡。
  stats                      显示每位成员的参与情况。
  identities                 列出训练营的聊天发言人并对应到成员。
  imports                    列出训练营的聊天导入，或把其中一次撤出。
  generate                   生成用于基准测试的确定聊天记录。
  report                     输出训练营的复盘数据（JSON），或生成 PDF 复盘报告。
  run-sheet                  把某一天的流程单写成 PDF。
  history                    列出团队工作区的改动：谁、何时、改动前后。
  team list                  列出团队工作区的运营人员及其角色。
  team add LOGIN --role ROLE 添加运营人员（owner、assistant、crew 或 viewer）。
  team set-role LOGIN --role ROLE
                             修改运营人员的角色、训练营或工作人员身份。
  team remove LOGIN          收回运营人员对工作区的权限。
  workspace push FILE --to ADDRESS
                             把工作区文件复制到空的团队工作区（PostgreSQL）。
  workspace pull ADDRESS -o FILE
                             把团队工作区写成一个新的工作区文件。
  workspace backups          列出 CampDesk 为工作区文件保存的备份。
  workspace restore BACKUP   用一份备份替换工作区文件。

选项：
  --version                  显示版本并退出。
  --help                     显示此帮助；“命令 --help”显示该命令的选项。
</translation>
    </message>
    <message>
        <source>List the backups CampDesk keeps of a workspace file, newest first.</source>
        <translation>列出 CampDesk 为工作区文件保存的备份，最新的在前。</translation>
    </message>
    <message>
        <source>CampDesk keeps backups of workspace files only; a team workspace is backed up on its server (pg_dump), or copied to a file with workspace pull.</source>
        <translation>CampDesk 只为工作区文件保存备份；团队工作区请在服务器上备份（pg_dump），或用 workspace pull 复制成文件。</translation>
    </message>
    <message>
        <source>There is no backup of %1 yet. CampDesk writes one each day the workspace is opened in its window, and one before every upgrade.</source>
        <translation>%1 还没有备份。在窗口中打开工作区的每一天，CampDesk 都会写一份备份；每次升级之前也会写一份。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no backup %2; workspace backups lists its %n backup(s).</source>
        <translation>
            <numerusform>%1 没有编号为 %2 的备份；可用 workspace backups 查看它的 %n 份备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a backup of %2; workspace backups lists them.</source>
        <translation>%1 不是 %2 的备份；workspace backups 会列出它的备份。</translation>
    </message>
    <message>
        <source>Put a backup in place of a workspace file. The file it replaces is kept beside it, renamed; a workspace open in a window is refused.</source>
        <translation>用一份备份替换工作区文件。被替换的文件会改名后保留在旁边；已在窗口中打开的工作区不能恢复。</translation>
    </message>
    <message>
        <source>The backup&apos;s number in workspace backups (1 is the newest), or its path.</source>
        <translation>备份在 workspace backups 中的编号（1 为最新），或备份文件的路径。</translation>
    </message>
    <message>
        <source>%1 does not exist, and CampDesk keeps no backup of a file there.</source>
        <translation>%1 不存在，CampDesk 也没有为该位置的文件保存过备份。</translation>
    </message>
    <message>
        <source>%1 has no backups yet.</source>
        <translation>%1 还没有备份。</translation>
    </message>
    <message>
        <source>Restored the backup from %1 (%2) to %3.</source>
        <translation>已把 %1 的备份（%2）恢复到 %3。</translation>
    </message>
    <message>
        <source>Restored the backup from %1 (%2) to %3. The file it replaced is kept as %4.</source>
        <translation>已把 %1 的备份（%2）恢复到 %3。被替换的文件保存为 %4。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 could not be used and were not added (the reasons are listed above); the rest was added.</source>
        <translation>
            <numerusform>%1 中有 %n 行无法使用，未添加（原因见上方）；其余已添加。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 could not be used and would not be added (the reasons are listed above).</source>
        <translation>
            <numerusform>%1 中有 %n 行无法使用，将不会添加（原因见上方）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” → %3</source>
        <translation>第 %1 列“%2”→ %3</translation>
    </message>
    <message>
        <source>Columns (override with --mapping):</source>
        <translation>各列的读法（可用 --mapping 更改）：</translation>
    </message>
    <message>
        <source>Waiting for another operator&apos;s change to camp %1 to finish…</source>
        <translation>正在等待另一位运营者对训练营 %1 的修改完成……</translation>
    </message>
    <message>
        <source>Time of day for {time} (HH:MM); without it, a line with {time} is refused, never filled with the clock.</source>
        <translation>{time} 使用的时间（HH:MM）；不给出时，含有 {time} 的话术会被拒绝，绝不会用当前时钟填入。</translation>
    </message>
    <message>
        <source>No line of “%1” can be filled. The next one, template %2: %3.</source>
        <translation>“%1”中没有一条话术能够填充。下一条是话术 %2：%3。</translation>
    </message>
    <message>
        <source>List a camp&apos;s chat imports; --remove takes one back out: its messages, the check-ins it made and the senders only it brought, in one transaction, and the members&apos; figures follow. Members it added and membership dates it read stay.</source>
        <translation>列出训练营的聊天导入；--remove 把其中一次导入整个撤出：它的消息、它生成的打卡以及只有它带来的发言人，在一个事务中完成，成员的数据随之更新。它新建的成员和它读出的入群、退群日期会保留。</translation>
    </message>
    <message>
        <source>Take the import with this id (as listed) back out.</source>
        <translation>撤出这个编号（以列表为准）的导入。</translation>
    </message>
    <message>
        <source>--remove: camp %1 has no chat import “%2” (campdesk-cli imports --camp %1 lists them).</source>
        <translation>--remove：训练营 %1 没有聊天导入“%2”（campdesk-cli imports --camp %1 会列出它们）。</translation>
    </message>
    <message>
        <source>%1 added, %2 already there</source>
        <translation>新增 %1 条，已有 %2 条</translation>
    </message>
    <message>
        <source>Change a camp&apos;s name, theme, course days, periods or goals; what is not given stays.</source>
        <translation>修改训练营的名称、定位、课程日、各阶段日期或目标；没有给出的保持不变。</translation>
    </message>
    <message>
        <source>First day of the preparation period (YYYY-MM-DD), before the first course day.</source>
        <translation>预备期的第一天（YYYY-MM-DD），在第一个课程日之前。</translation>
    </message>
    <message>
        <source>Last day of the wrap-up period (YYYY-MM-DD), on or after the last course day.</source>
        <translation>结营期的最后一天（YYYY-MM-DD），不早于最后一个课程日。</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Of a file holding several chats (a Telegram whole-account export, a QQ export of every conversation): the one to import, by its name, or #N for the Nth as the refusal lists them. Such a file is refused without it.</source>
        <translation>文件中有多个聊天时（Telegram 整个账号的导出、QQ 导出的全部消息记录），按名称指定要导入的那一个，或用 #N 指定拒绝信息列出的第 N 个。不指定时，这样的文件会被拒绝。</translation>
    </message>
    <message>
        <source>Name it with --chat NAME, or with --chat &apos;#N&apos; for the Nth listed.</source>
        <translation>请用 --chat NAME 指明，或用 --chat &apos;#N&apos; 指定列出的第 N 个。</translation>
    </message>
    <message>
        <source>%1: %2 (member %3) was not in the camp on %4 (joined later or left); not recorded</source>
        <translation>%1：%2（成员 %3）在 %4 不在营（之后才加入或已离开）；未记录</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) named in %1 were not in the camp that day and were not recorded.</source>
        <translation>
            <numerusform>%1 中有 %n 位成员当天不在营，未记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies) of %1 matched no member and were not recorded (listed above).</source>
        <translation>
            <numerusform>%1 中有 %n 条未对应到任何成员，未记录（见上方列表）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest was recorded.</source>
        <translation>其余已记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) in the chat were not recorded: the member was not in the camp that day. If their dates are wrong, correct them in the roster and tick these days in the check-in grid:</source>
        <translation>
            <numerusform>聊天中有 %n 条打卡未记录：成员当天不在训练营中。如成员的日期有误，请在名单中更正，再在打卡表中勾选这些日子：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (member %2): %3</source>
        <translation>%1（成员 %2）：%3</translation>
    </message>
    <message>
        <source>The time zone the camp&apos;s days are counted in, an IANA name such as Asia/Shanghai (default: this computer&apos;s).</source>
        <translation>计算训练营日期所用的时区，IANA 名称，如 Asia/Shanghai（默认：这台电脑的时区）。</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>The time zone the camp&apos;s days are counted in, an IANA name such as Asia/Shanghai; refused once the camp holds chat messages (their days were counted in the zone before).</source>
        <translation>计算训练营日期所用的时区，IANA 名称，如 Asia/Shanghai；训练营中已有聊天消息时会被拒绝（这些消息的日期是按原来的时区计算的）。</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>工作人员：%1</translation>
    </message>
    <message>
        <source>On the roster: %1</source>
        <translation>名单人数：%1</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 晚于 --to %2。</translation>
    </message>
    <message>
        <source>--subgroup: camp %1 has no subgroup %2.</source>
        <translation>--subgroup：训练营 %1 没有编号为 %2 的小组。</translation>
    </message>
    <message>
        <source>--map: %1 is not a member of camp %2 (see “roster list”).</source>
        <translation>--map：%1 不是训练营 %2 的成员（见“roster list”）。</translation>
    </message>
    <message>
        <source>line %1: “%2” taken as %3 (member %4)</source>
        <translation>第 %1 行：“%2”记为 %3（成员 %4）</translation>
    </message>
    <message>
        <source>Subgroup for {subgroup} (by default, that of the member --member names).</source>
        <translation>{subgroup} 所用的小组（默认为 --member 所指成员的小组）。</translation>
    </message>
    <message>
        <source>Changed camp %1, but its members could not be counted: %2</source>
        <translation>已修改训练营 %1，但无法统计它的成员：%2</translation>
    </message>
    <message>
        <source>--as-of %1: the camp holds no message or check-in yet, so every member would read as silent; import its chat first.</source>
        <translation>--as-of %1：训练营中还没有任何消息或打卡，每位成员都会显示为沉默；请先导入它的聊天记录。</translation>
    </message>
    <message>
        <source>--as-of %1: the camp&apos;s last message or check-in is on %2, and every member would read as silent after it; give that day or an earlier one.</source>
        <translation>--as-of %1：训练营最后一条消息或打卡在 %2，此后每位成员都会显示为沉默；请给出这一天或更早的日期。</translation>
    </message>
    <message>
        <source>--without: this template has no optional items, so “%1” cannot be left out.</source>
        <translation>--without：这个模板没有可选项，因此不能去掉“%1”。</translation>
    </message>
    <message>
        <source>--without: “%1” is not an optional item of this template; these are: %2.</source>
        <translation>--without：“%1”不是这个模板的可选项；可选项有：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 were added without some of their values (listed above).</source>
        <translation>
            <numerusform>%1 中有 %n 行已导入，但缺少部分内容（见上文）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 would be added without some of their values (listed above).</source>
        <translation>
            <numerusform>%1 中有 %n 行将导入，但会缺少部分内容（见上文）。</numerusform>
        </translation>
    </message>
    <message>
        <source>--days: “%1” is not a number of days from 1 to %2.</source>
        <translation>--days：“%1”不是 1 到 %2 之间的天数。</translation>
    </message>
    <message>
        <source>--prep-days: “%1” is not a number of days from 0 to %2.</source>
        <translation>--prep-days：“%1”不是 0 到 %2 之间的天数。</translation>
    </message>
    <message>
        <source>The camp&apos;s preparation period is %1 days, longer than a plan&apos;s %2: give --prep-days.</source>
        <translation>这个训练营的预备期有 %1 天，超过计划最多的 %2 天：请用 --prep-days 指定。</translation>
    </message>
    <message>
        <source>KEY=MEMBER: map the identity with this key (as listed, or APP:KEY when two apps share it) to the member with this person id (0 unmaps). May be repeated.</source>
        <translation>KEY=MEMBER：把该 key（按列表所示；两个应用共用同一 key 时写作 APP:KEY）的身份对应到该人员 id 的成员（0 表示取消对应）。可重复使用。</translation>
    </message>
    <message>
        <source>%1: camp %2 has no chat identity “%3”.</source>
        <translation>%1：训练营 %2 没有聊天身份“%3”。</translation>
    </message>
    <message>
        <source>%1: “%2” is a chat identity on more than one app in camp %3; name one: %4.</source>
        <translation>%1：训练营 %3 中不止一个应用有聊天身份“%2”，请指明是哪一个：%4。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>“speech next” needs exactly one category: %1.</source>
        <translation>“speech next”需要恰好一个话术分类：%1。</translation>
    </message>
    <message>
        <source>“%1” is not a category; the categories are %2.</source>
        <translation>“%1”不是话术分类；可用的分类有：%2。</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1（%）</translation>
    </message>
</context>
<context>
    <name>DateOrderDecider</name>
    <message>
        <source>The dates of this file cannot all be read one way: line %1 (“%2”) can only be day first, line %3 (“%4”) only month first. Nothing was imported. Choose the date order (day first or month first; campdesk-cli: --date-order dmy or mdy) and import again; the lines written the other way will then be listed as not imported.</source>
        <translation>这个文件中的日期无法按同一种顺序读取：第 %1 行（“%2”）只能是日在前，第 %3 行（“%4”）只能是月在前。没有导入任何内容。请选择日期顺序（日在前或月在前；campdesk-cli：--date-order dmy 或 mdy）后重新导入；按另一种顺序写的行届时会列为未导入。</translation>
    </message>
    <message>
        <source>month first (M/D/Y)</source>
        <translation>月在前（月/日/年）</translation>
    </message>
    <message>
        <source>day first (D/M/Y)</source>
        <translation>日在前（日/月/年）</translation>
    </message>
    <message numerus="yes">
        <source>as it puts %n date(s) in the camp&apos;s days where the other order puts %1</source>
        <translation>
            <numerusform>因为这样有 %n 个日期落在训练营的日子里，另一种顺序只有 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: no date in this file has a day above 12, so the date order was guessed: %2, %3. If the dates are wrong, take this import back (Edit → Undo; campdesk-cli imports --remove ID) and import it again with the date order set to day first or month first; importing it again without taking it back adds every message twice.</source>
        <translation>第 %1 行：这个文件中没有哪个日期的日大于 12，因此日期顺序是推测的：%2，%3。如果日期不对，请先撤出这次导入（编辑 → 撤销；或 campdesk-cli imports --remove 编号），再把日期顺序设为日在前或月在前重新导入；不先撤出就重新导入，每条消息都会计入两次。</translation>
    </message>
</context>
<context>
    <name>DeleteActivitiesCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n activities</source>
        <translation>
            <numerusform>删除 %n 项活动</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteCampCommand</name>
    <message>
        <source>Delete camp “%1”</source>
        <translation>删除训练营“%1”</translation>
    </message>
</context>
<context>
    <name>DeleteSpeechesCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n lines</source>
        <translation>
            <numerusform>删除 %n 条话术</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteSubgroupCommand</name>
    <message>
        <source>Delete subgroup “%1”</source>
        <translation>删除小组“%1”</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo workspace is open in another CampDesk window.</source>
        <translation>演示工作区已在另一个 CampDesk 窗口中打开。</translation>
    </message>
</context>
<context>
    <name>DiscordCsvParser</name>
    <message>
        <source>Line %1: expected the DiscordChatExporter CSV header “AuthorID,Author,Date,Content,Attachments,Reactions”.</source>
        <translation>第 %1 行：应为 DiscordChatExporter CSV 表头“AuthorID,Author,Date,Content,Attachments,Reactions”。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>第 %1 行：带引号的字段直到文件末尾都没有闭合。</translation>
    </message>
    <message>
        <source>Line %1: expected %2 columns, found %3; row skipped.</source>
        <translation>第 %1 行：应有 %2 列，实际 %3 列；已跳过该行。</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a date; row skipped.</source>
        <translation>第 %1 行：“%2”不是日期；已跳过该行。</translation>
    </message>
    <message>
        <source>the default of DiscordChatExporter (English, US)</source>
        <translation>这是 DiscordChatExporter 的默认格式（美式英语）</translation>
    </message>
</context>
<context>
    <name>DiscordJsonParser</name>
    <message>
        <source>Line %1, column %2: this is not a valid DiscordChatExporter JSON export (%3).</source>
        <translation>第 %1 行第 %2 列：这不是有效的 DiscordChatExporter JSON 导出（%3）。</translation>
    </message>
    <message>
        <source>Line %1: expected a DiscordChatExporter JSON export starting with “{”.</source>
        <translation>第 %1 行：应为以“{”开头的 DiscordChatExporter JSON 导出。</translation>
    </message>
    <message>
        <source>Line %1: the JSON ends before every string, object and array is closed; is the file complete?</source>
        <translation>第 %1 行：JSON 在字符串、对象或数组闭合之前就结束了；文件完整吗？</translation>
    </message>
    <message>
        <source>Line %1: expected a DiscordChatExporter JSON export: an object with “guild”, “channel” and “messages”.</source>
        <translation>第 %1 行：应为 DiscordChatExporter JSON 导出：含有“guild”“channel”和“messages”的对象。</translation>
    </message>
    <message>
        <source>Line %1: the message has no readable timestamp; skipped.</source>
        <translation>第 %1 行：消息没有可读的时间戳；已跳过。</translation>
    </message>
</context>
<context>
    <name>EditCampCommand</name>
    <message>
        <source>Change %1 of “%2”</source>
        <translation>修改“%2”的%1</translation>
    </message>
</context>
<context>
    <name>EditReviewNotesCommand</name>
    <message>
        <source>Edit review of “%1”</source>
        <translation>编辑“%1”的复盘</translation>
    </message>
</context>
<context>
    <name>EditSpeechCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
</context>
<context>
    <name>EngagementTier</name>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>偶尔</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>沉默</translation>
    </message>
    <message>
        <source>Highly engaged</source>
        <translation>高度活跃</translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>%1 is a workspace file, which keeps no history of changes: only a team workspace on a server records who changed what.</source>
        <translation>%1 是工作区文件，不保留改动历史：只有服务器上的团队工作区才记录谁改了什么。</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>训练营</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Speech line</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Plan template</source>
        <translation>计划模板</translation>
    </message>
    <message>
        <source>Line copied</source>
        <translation>话术使用</translation>
    </message>
    <message>
        <source>Camp variable</source>
        <translation>训练营变量</translation>
    </message>
    <message>
        <source>Chat account</source>
        <translation>聊天账号</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违规记录</translation>
    </message>
    <message>
        <source>Chat import</source>
        <translation>聊天记录导入</translation>
    </message>
    <message>
        <source>Chat sender</source>
        <translation>聊天发言人</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>打卡</translation>
    </message>
    <message>
        <source>Name alias</source>
        <translation>昵称别名</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>action taken</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>next actions</source>
        <translation>后续行动</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>activity start</source>
        <translation>活动开始</translation>
    </message>
    <message>
        <source>minutes counted after an activity</source>
        <translation>活动结束后计入的分钟数</translation>
    </message>
    <message>
        <source>activity title</source>
        <translation>活动标题</translation>
    </message>
    <message>
        <source>activity type</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>camp</source>
        <translation>训练营</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>chat account</source>
        <translation>聊天账号</translation>
    </message>
    <message>
        <source>sender key</source>
        <translation>发言人标识</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>course day</source>
        <translation>课程日</translation>
    </message>
    <message>
        <source>last course day</source>
        <translation>最后一个课程日</translation>
    </message>
    <message>
        <source>first course day</source>
        <translation>第一个课程日</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation>重复条数</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>group nickname</source>
        <translation>群昵称</translation>
    </message>
    <message>
        <source>group rules</source>
        <translation>群规</translation>
    </message>
    <message>
        <source>number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>introduction: basics</source>
        <translation>自我介绍：基本情况</translation>
    </message>
    <message>
        <source>introduction: proudest moment</source>
        <translation>自我介绍：最骄傲的事</translation>
    </message>
    <message>
        <source>introduction: reason for joining</source>
        <translation>自我介绍：参加原因</translation>
    </message>
    <message>
        <source>introduction: one sentence</source>
        <translation>自我介绍：一句话</translation>
    </message>
    <message>
        <source>is the exporter</source>
        <translation>是导出者本人</translation>
    </message>
    <message>
        <source>is staff</source>
        <translation>是工作人员</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>left</source>
        <translation>离开日期</translation>
    </message>
    <message>
        <source>messages added</source>
        <translation>新增消息数</translation>
    </message>
    <message>
        <source>nickname pattern</source>
        <translation>群昵称规范</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>figures&apos; revision</source>
        <translation>数据版本</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>preparation start</source>
        <translation>预备期开始</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>silent after days</source>
        <translation>沉默天数阈值</translation>
    </message>
    <message>
        <source>figures at the time</source>
        <translation>当时的数据</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>主讲人</translation>
    </message>
    <message>
        <source>speech line</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>subgroup</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>active rate target</source>
        <translation>目标活跃率</translation>
    </message>
    <message>
        <source>check-in rate target</source>
        <translation>目标打卡率</translation>
    </message>
    <message>
        <source>member target</source>
        <translation>目标人数</translation>
    </message>
    <message>
        <source>template item</source>
        <translation>模板条目</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>to improve</source>
        <translation>待改进</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>used</source>
        <translation>使用时间</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>warnings before removal</source>
        <translation>移出前警告次数</translation>
    </message>
    <message>
        <source>watch words</source>
        <translation>风险词</translation>
    </message>
    <message>
        <source>went well</source>
        <translation>做得好的</translation>
    </message>
    <message>
        <source>wrap-up end</source>
        <translation>结营结束</translation>
    </message>
    <message>
        <source>from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>%n rows from %1</source>
        <translation>
            <numerusform>来自 %1 的 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营人员</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>camps</source>
        <translation>训练营</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>“%1” (activity %2) has a start or end time CampDesk cannot read. Set its time on the Plan tab, then export again. Nothing was written.</source>
        <translation>“%1”（活动 %2）的开始或结束时间无法读取。请在“计划”标签页中设置它的时间，然后重新导出。没有写入任何内容。</translation>
    </message>
</context>
<context>
    <name>IdentitySplitter</name>
    <message>
        <source>Me (the account that made the export)</source>
        <translation>我（导出记录的账号）</translation>
    </message>
    <message>
        <source>The member made from “%1” has more since (a check-in, a subgroup, another account, a camp, a violation or an edit); undoing the split would delete it, so nothing was changed.</source>
        <translation>由“%1”拆分出的成员此后又有了更多内容（打卡、小组、另一个账号、另一个训练营、违规记录或修改）；撤销拆分会把这些一并删除，因此没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>ImportChatCommand</name>
    <message>
        <source>Import chat %1</source>
        <translation>导入聊天记录 %1</translation>
    </message>
</context>
<context>
    <name>ImportRosterCommand</name>
    <message>
        <source>Import members from %1</source>
        <translation>从 %1 导入成员</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是一个文件夹，不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: the encoding “%2” is not known.</source>
        <translation>%1：不认识编码“%2”。</translation>
    </message>
    <message>
        <source>%1 is the workspace that is open, not a file to import.</source>
        <translation>%1 是当前打开的工作区，不是可以导入的文件。</translation>
    </message>
</context>
<context>
    <name>InputLimits</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: the row has more than %2 fields, more than any export or roster has. This is not a file CampDesk can read.</source>
        <translation>第 %1 行：这一行超过 %2 个字段，比任何导出文件或名单都多。这不是 CampDesk 能读取的文件。</translation>
    </message>
    <message>
        <source>Line %1: the table has more than %2 cells by here, more than any roster has. This is not a file CampDesk can read.</source>
        <translation>第 %1 行：到这里表格已超过 %2 个单元格，比任何名单都多。这不是 CampDesk 能读取的文件。</translation>
    </message>
    <message>
        <source>Line %1: objects and arrays nest more than %2 levels deep here, deeper than any chat export goes. This is not an export CampDesk can read.</source>
        <translation>第 %1 行：这里的对象和数组嵌套超过 %2 层，比任何聊天导出都深。这不是 CampDesk 能读取的导出文件。</translation>
    </message>
    <message>
        <source>line %1: the line is longer than %2, longer than any chat message can be. This is not a chat export CampDesk can read.</source>
        <translation>第 %1 行：这一行超过 %2，比任何聊天消息都长。这不是 CampDesk 能读取的聊天导出文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most CampDesk reads of such a file. Nothing was imported: check that it is the file you meant.</source>
        <translation>%1 大于 %2 MB，这是 CampDesk 读取这类文件的上限。未导入任何内容：请确认选对了文件。</translation>
    </message>
</context>
<context>
    <name>JielongMatcher</name>
    <message>
        <source>No numbered 接龙 entries were found. Expected lines like “1. name remark”.</source>
        <translation>没有找到带编号的接龙条目。应为类似“1. 名字 备注”的行。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>The text holds %n lists (%1); the entries of all of them are recorded for the one day chosen.</source>
        <translation>
            <numerusform>这段文字中有 %n 个接龙（%1）；它们的条目都会记在所选的同一天。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n copies of “%1” differ from its longest copy before their last entry and added nothing: an entry edited or withdrawn, or two members&apos; lists apart. Check them in the chat.</source>
        <translation>
            <numerusform>“%1”有 %n 份与最长的那份在最后一条之前就不一致，没有补上任何条目：可能有条目被改过或撤回，或两位成员各接了各的。请在群里核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity %1 is not a check-in of this camp on %2.</source>
        <translation>活动 %1 不是这个训练营在 %2 的打卡活动。</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open here.
Run CampDesk from a desktop session, or render the window to an image instead:
  campdesk --demo --screenshot campdesk.png</source>
        <translation>未找到显示器（DISPLAY 和 WAYLAND_DISPLAY 都未设置），无法在这里打开窗口。
请在桌面会话中运行 CampDesk，或者把窗口渲染成图片：
  campdesk --demo --screenshot campdesk.png</translation>
    </message>
    <message>
        <source>Plan, run and review training camps in chat groups.</source>
        <translation>规划、运营和复盘社群训练营。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Open a demo workspace with a generated camp around today.</source>
        <translation>打开一个演示工作区，其中有一期围绕今天生成的训练营。</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>把主窗口渲染为 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>Interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1280x800.</source>
        <translation>--screenshot 的窗口尺寸，例如 1280x800。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>宽x高</translation>
    </message>
    <message>
        <source>View to show for --screenshot: %1.</source>
        <translation>--screenshot 显示的视图：%1。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>[workspace]</source>
        <translation>[工作区]</translation>
    </message>
    <message>
        <source>--lang: “%1” is not a language CampDesk ships; use en or zh_CN.</source>
        <translation>--lang：CampDesk 不提供语言“%1”，请使用 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>--size: “%1” is not a size like 1280x800.</source>
        <translation>--size：“%1”不是 1280x800 这样的尺寸。</translation>
    </message>
    <message>
        <source>--view: “%1” is not a view; choose one of %2.</source>
        <translation>--view：“%1”不是视图，请从 %2 中选择。</translation>
    </message>
    <message>
        <source>The screenshot could not be written to %1.</source>
        <translation>无法把截图写入 %1。</translation>
    </message>
    <message>
        <source>Screenshot written to %1</source>
        <translation>截图已写入 %1</translation>
    </message>
    <message numerus="yes">
        <source>The window showed %n message(s) while the screenshot was taken (above).</source>
        <translation>
            <numerusform>截图时窗口显示了 %n 条消息（见上方）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace file, or team workspace address, to open.</source>
        <translation>要打开的工作区文件，或团队工作区地址。</translation>
    </message>
    <message>
        <source>Workspace file or address to open (same as --workspace).</source>
        <translation>要打开的工作区文件或地址（与 --workspace 相同）。</translation>
    </message>
</context>
<context>
    <name>MapChatIdentityCommand</name>
    <message>
        <source>Map %1</source>
        <translation>对应 %1</translation>
    </message>
    <message>
        <source>Unmap %1</source>
        <translation>取消对应 %1</translation>
    </message>
</context>
<context>
    <name>MemberLabels</name>
    <message>
        <source>member %1</source>
        <translation>成员 %1</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <source>Owner team</source>
        <translation>群主团队</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助教</translation>
    </message>
    <message>
        <source>Atmosphere crew</source>
        <translation>气氛组</translation>
    </message>
    <message>
        <source>Core member</source>
        <translation>核心用户</translation>
    </message>
    <message>
        <source>Seed member</source>
        <translation>种子用户</translation>
    </message>
    <message>
        <source>Ordinary member</source>
        <translation>普通用户</translation>
    </message>
</context>
<context>
    <name>MembershipRepository</name>
    <message>
        <source>This person is already a member of the camp.</source>
        <translation>此人已经是这期训练营的成员。</translation>
    </message>
    <message>
        <source>Membership %1 does not exist.</source>
        <translation>成员关系 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>MembershipStatus</name>
    <message>
        <source>Active</source>
        <translation>在群</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已退群</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移出</translation>
    </message>
</context>
<context>
    <name>MemoTraceCsvParser</name>
    <message>
        <source>Line %1: expected the MemoTrace CSV header “%2”</source>
        <translation>第 %1 行：应为 MemoTrace CSV 表头“%2”</translation>
    </message>
    <message>
        <source>Line %1: only %2 of %3 columns; the row is skipped</source>
        <translation>第 %1 行：只有 %3 列中的 %2 列；已跳过该行</translation>
    </message>
    <message>
        <source>Line %1: unreadable message type “%2”; the row is skipped</source>
        <translation>第 %1 行：无法识别的消息类型“%2”；已跳过该行</translation>
    </message>
    <message>
        <source>Line %1: unreadable time “%2”; the row is skipped</source>
        <translation>第 %1 行：无法读取的时间“%2”；已跳过该行</translation>
    </message>
    <message>
        <source>Line %1: %2 rows have fewer values than the header has names (a MemoTrace build of February 2024); names missing from them are unknown</source>
        <translation>第 %1 行：有 %2 行的值比表头的列名少（2024 年 2 月的 MemoTrace 版本）；这些行缺少的名字无法得知</translation>
    </message>
</context>
<context>
    <name>MemoTraceTextParser</name>
    <message>
        <source>Line %1: expected a MemoTrace message header like “2023-08-12 23:22:41 Name”</source>
        <translation>第 %1 行：应为类似“2023-08-12 23:22:41 名字”的 MemoTrace 消息抬头</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a real date and time; the message was skipped.</source>
        <translation>第 %1 行：“%2”不是真实存在的日期和时间；这条消息已跳过。</translation>
    </message>
</context>
<context>
    <name>MessageKeys</name>
    <message>
        <source>Message %1 could not be given a key of its own.</source>
        <translation>无法为消息 %1 分配唯一的键。</translation>
    </message>
</context>
<context>
    <name>NicknameStandard</name>
    <message>
        <source>subgroup</source>
        <comment>nickname pattern placeholder</comment>
        <translation>小组</translation>
    </message>
    <message>
        <source>nickname</source>
        <comment>nickname pattern placeholder</comment>
        <translation>昵称</translation>
    </message>
    <message>
        <source>city</source>
        <comment>nickname pattern placeholder</comment>
        <translation>城市</translation>
    </message>
    <message>
        <source>occupation</source>
        <comment>nickname pattern placeholder</comment>
        <translation>职业</translation>
    </message>
    <message>
        <source>title</source>
        <comment>nickname pattern placeholder</comment>
        <translation>头衔</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1 is the workspace that is open; writing there would destroy it. Nothing was written: choose another file.</source>
        <translation>%1 是当前打开的工作区，写入会毁掉它。未写入任何内容：请另选一个文件。</translation>
    </message>
    <message>
        <source>%1 belongs to the open workspace %2 (its journal or lock); writing there would destroy it. Nothing was written: choose another file.</source>
        <translation>%1 属于打开的工作区 %2（它的日志或锁文件），写入会毁掉它。未写入任何内容：请另选一个文件。</translation>
    </message>
    <message>
        <source>%1 is a CampDesk workspace; writing there would destroy it. Nothing was written: choose another file.</source>
        <translation>%1 是一个 CampDesk 工作区，写入会毁掉它。未写入任何内容：请另选一个文件。</translation>
    </message>
    <message>
        <source>%1 belongs to the CampDesk workspace %2 (its journal or lock). Nothing was written: choose another file.</source>
        <translation>%1 属于 CampDesk 工作区 %2（它的日志或锁文件）。未写入任何内容：请另选一个文件。</translation>
    </message>
    <message>
        <source>%1 is in CampDesk&apos;s backup folder %2, where only backups belong. Nothing was written: choose another folder.</source>
        <translation>%1 位于 CampDesk 的备份文件夹 %2 中，那里只放备份。未写入任何内容：请另选一个文件夹。</translation>
    </message>
    <message>
        <source>%1 is a folder. Nothing was written: choose a file name.</source>
        <translation>%1 是一个文件夹。未写入任何内容：请填写文件名。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ParticipationRepository</name>
    <message>
        <source>The chat identity no longer exists.</source>
        <translation>该聊天身份已不存在。</translation>
    </message>
    <message>
        <source>The participation figures of person %1 are damaged.</source>
        <translation>成员 %1 的参与数据已损坏。</translation>
    </message>
    <message>
        <source>Another operator is importing a chat into this camp or changing its check-ins. Nothing was changed; try again in a moment.</source>
        <translation>另一位运营者正在向这个训练营导入聊天记录，或正在修改它的打卡。什么都没有改动；请稍后再试。</translation>
    </message>
    <message>
        <source>Stopped while it waited for another operator&apos;s change to this camp; nothing was changed.</source>
        <translation>在等待另一位运营者对这个训练营的修改完成时被停止了；什么都没有改动。</translation>
    </message>
    <message>
        <source>This member&apos;s check-in on %1 was recorded again another way since (a 接龙, a tick or a chat import); nothing was changed, so that it is kept.</source>
        <translation>此后这位成员 %1 的打卡又以另一种方式记录过（接龙、勾选或聊天记录导入）；为保留那条记录，这次没有做任何更改。</translation>
    </message>
    <message>
        <source>The chat import this member&apos;s check-in on %1 came from was taken out since; nothing was changed.</source>
        <translation>这位成员 %1 的打卡所来自的聊天导入此后已被撤出；没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>A person needs a display name.</source>
        <translation>成员需要一个显示名称。</translation>
    </message>
    <message>
        <source>Person %1 does not exist.</source>
        <translation>成员 %1 不存在。</translation>
    </message>
    <message>
        <source>The %1 id “%2” already belongs to another person.</source>
        <translation>%1 账号“%2”已属于另一个人。</translation>
    </message>
</context>
<context>
    <name>PhaseStyle</name>
    <message>
        <source>Preparation</source>
        <translation>预备期</translation>
    </message>
    <message>
        <source>Course days</source>
        <translation>开课期</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>结营期</translation>
    </message>
</context>
<context>
    <name>PlaceholderRenderer</name>
    <message>
        <source>{%1} is not a placeholder this camp knows</source>
        <translation>{%1} 不是这个训练营认识的占位符</translation>
    </message>
    <message>
        <source>{%1} has no value here</source>
        <translation>{%1} 在这里没有值</translation>
    </message>
    <message>
        <source>a “{” is never closed (write {{ for a brace)</source>
        <translation>有一个“{”没有闭合（花括号本身请写 {{）</translation>
    </message>
    <message>
        <source>a “}” closes nothing (write }} for a brace)</source>
        <translation>有一个“}”没有对应的开头（花括号本身请写 }}）</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <extracomment>Date format of the {date} placeholder (Qt date format)</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>{time} is when an activity starts: copy this line from the activity in the plan</source>
        <translation>{time} 是活动的开始时间：请在计划里从该活动复制这条话术</translation>
    </message>
</context>
<context>
    <name>PlanTemplate</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must be text or an object with &quot;en&quot; and &quot;zh_CN&quot; texts</source>
        <translation>必须是文本，或包含 &quot;en&quot; 和 &quot;zh_CN&quot; 文本的对象</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>%1: %2: not valid JSON (%3)</source>
        <translation>%1：%2：不是有效的 JSON（%3）</translation>
    </message>
    <message>
        <source>%1: the template must be a JSON object</source>
        <translation>%1：模板必须是 JSON 对象</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>必须是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version %1 is newer than this CampDesk understands (1)</source>
        <translation>版本 %1 比当前 CampDesk 能理解的版本（1）更新</translation>
    </message>
    <message>
        <source>must be a list of items</source>
        <translation>必须是项目列表</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>“%1” is used by an earlier item</source>
        <translation>“%1”已被前面的项目使用</translation>
    </message>
    <message>
        <source>“%1” is not an activity type</source>
        <translation>“%1”不是活动类型</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>必须是文本列表</translation>
    </message>
    <message>
        <source>must be &quot;first_day&quot; or &quot;last_day&quot;</source>
        <translation>必须是 &quot;first_day&quot; 或 &quot;last_day&quot;</translation>
    </message>
    <message>
        <source>must be &quot;once&quot;, &quot;course_days&quot;, &quot;every&quot; or &quot;weekly&quot;</source>
        <translation>必须是 &quot;once&quot;、&quot;course_days&quot;、&quot;every&quot; 或 &quot;weekly&quot;</translation>
    </message>
    <message>
        <source>0 is not a day: day 1 is the first course day and -1 the day before it</source>
        <translation>0 不是有效的日子：第 1 天是开课第一天，-1 是它的前一天</translation>
    </message>
    <message>
        <source>“%1” is not a time of day (HH:MM)</source>
        <translation>“%1”不是时刻（HH:MM）</translation>
    </message>
    <message>
        <source>must list at least one item</source>
        <translation>至少要列出一个项目</translation>
    </message>
    <message>
        <source>The plan needs a first course day.</source>
        <translation>计划需要开课第一天。</translation>
    </message>
    <message>
        <source>A plan has from 1 to %1 course days.</source>
        <translation>计划的课程天数必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>A plan has from 0 to %1 preparation days.</source>
        <translation>计划的预备天数必须在 0 到 %1 之间。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is planned %n day(s) before the course, but this camp has no preparation days: it is placed on the first course day, %2.</source>
        <translation>
            <numerusform>“%1”安排在开课前 %n 天，但这个训练营没有预备期：它被放在第一个课程日，%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is planned %n day(s) before the course, before this camp&apos;s preparation starts: it is placed on its first day, %2.</source>
        <translation>
            <numerusform>“%1”安排在开课前 %n 天，早于这个训练营预备期的开始：它被放在预备期的第一天，%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is planned on course day %2, but this camp has %n course day(s): it falls on %3, after them.</source>
        <translation>
            <numerusform>“%1”安排在第 %2 个课程日，但这个训练营只有 %n 个课程日：它落在 %3，在课程结束之后。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is planned %n day(s) before the last course day, but this camp&apos;s course is shorter: it falls on %2, before the course.</source>
        <translation>
            <numerusform>“%1”安排在最后一个课程日之前 %n 天，但这个训练营的课程更短：它落在 %2，在开课之前。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is planned %n day(s) after the course, after this camp&apos;s wrap-up ends: it falls on %2.</source>
        <translation>
            <numerusform>“%1”安排在课程结束后 %n 天，晚于这个训练营结营期的结束：它落在 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTemplateLibrary</name>
    <message>
        <source>There is no plan template “%1”; the templates are: %2.</source>
        <translation>没有计划模板“%1”；现有模板：%2。</translation>
    </message>
</context>
<context>
    <name>PlanTemplateRepository</name>
    <message>
        <source>saved template “%1”</source>
        <translation>已保存的模板“%1”</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>模板需要一个名称。</translation>
    </message>
    <message>
        <source>There is no saved template “%1”.</source>
        <translation>没有已保存的模板“%1”。</translation>
    </message>
    <message>
        <source>“%1” has no activities to keep: a template is made from a camp&apos;s plan, so plan its activities first.</source>
        <translation>“%1”还没有任何活动可保存：模板来自训练营的计划，请先安排活动。</translation>
    </message>
    <message>
        <source>The template “%1” was not saved: %2</source>
        <translation>模板“%1”未保存：%2</translation>
    </message>
</context>
<context>
    <name>PostgresConnection</name>
    <message>
        <source>%1: CampDesk cannot pass a &quot;;&quot; in %2 to the server.</source>
        <translation>%1：CampDesk 无法把 %2 中的“;”传给服务器。</translation>
    </message>
    <message>
        <source>CampDesk cannot reach PostgreSQL servers here: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>这台电脑上的 CampDesk 无法连接 PostgreSQL 服务器：没有安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 runs PostgreSQL %2; CampDesk needs version 15 or newer.</source>
        <translation>%1 运行的是 PostgreSQL %2，CampDesk 需要 15 或更高版本。</translation>
    </message>
    <message>
        <source>%1 stores its texts as %2; CampDesk needs a database in UTF8. Create one with createdb --encoding=UTF8 --template=template0 and push the workspace there.</source>
        <translation>%1 以 %2 编码存储文字；CampDesk 需要 UTF8 编码的数据库。请用 createdb --encoding=UTF8 --template=template0 新建一个，再把工作区推送过去。</translation>
    </message>
</context>
<context>
    <name>PostgresCopy</name>
    <message>
        <source>Rows can be copied in bulk to a PostgreSQL server only.</source>
        <translation>只有 PostgreSQL 服务器才能批量复制行。</translation>
    </message>
    <message>
        <source>The server refused the copy: %1</source>
        <translation>服务器拒绝了这次复制：%1</translation>
    </message>
</context>
<context>
    <name>PostgresSchema</name>
    <message>
        <source>%1 is not opened: it holds tables of another program, and CampDesk makes a team workspace only in an empty database. Nothing was changed.</source>
        <translation>未打开 %1：其中有其他程序的数据表，CampDesk 只在空数据库中建立团队工作区。未做任何改动。</translation>
    </message>
    <message>
        <source>%1 is not opened: it is a database of another program, not a CampDesk workspace. Nothing was changed.</source>
        <translation>未打开 %1：这是其他程序的数据库，不是 CampDesk 工作区。未做任何改动。</translation>
    </message>
    <message>
        <source>%1 is not opened: its schema version is not one CampDesk ever wrote. Nothing was changed.</source>
        <translation>未打开 %1：其结构版本不是 CampDesk 写过的任何版本。未做任何改动。</translation>
    </message>
    <message>
        <source>%1 was made by a newer CampDesk (workspace version %2; this CampDesk reads up to version %3). Update CampDesk to open it.</source>
        <translation>%1 由更新版本的 CampDesk 建立（工作区第 %2 版；当前 CampDesk 最高只能读取第 %3 版）。请更新 CampDesk 后再打开。</translation>
    </message>
    <message>
        <source>%1 is not opened: its schema is not that of a CampDesk workspace of version %2 (%3). Nothing was changed.</source>
        <translation>未打开 %1：其结构与版本 %2 的 CampDesk 工作区不符（%3）。未做任何改动。</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>缺少数据表 %1</translation>
    </message>
    <message>
        <source>the index %1 is missing</source>
        <translation>缺少索引 %1</translation>
    </message>
    <message>
        <source>This CampDesk was built without its PostgreSQL schema (core/storage/postgres).</source>
        <translation>此版本的 CampDesk 在构建时缺少 PostgreSQL 数据库结构文件（core/storage/postgres）。</translation>
    </message>
    <message>
        <source>the trigger %1 is missing</source>
        <translation>缺少触发器 %1</translation>
    </message>
    <message>
        <source>the changes of the table %1 are not recorded in the history</source>
        <translation>表 %1 的改动没有记入历史</translation>
    </message>
    <message>
        <source>CampDesk never made a team workspace of version %1.</source>
        <translation>CampDesk 从未建过第 %1 版的团队工作区。</translation>
    </message>
    <message>
        <source>%1 is a team workspace of version %2, and this CampDesk works with version %3. Only an owner of the workspace can bring it up to date: ask one to open it once with this CampDesk. Nothing was changed.</source>
        <translation>%1 是第 %2 版的团队工作区，当前 CampDesk 使用第 %3 版。只有工作区的所有者才能把它升级到新版本：请一位所有者先用这个版本的 CampDesk 打开它一次。未做任何改动。</translation>
    </message>
</context>
<context>
    <name>PostgresStatement</name>
    <message>
        <source>this statement needs an open connection to a PostgreSQL server</source>
        <translation>此语句需要与 PostgreSQL 服务器的已打开连接</translation>
    </message>
    <message>
        <source>the connection to the server was closed</source>
        <translation>与服务器的连接已关闭</translation>
    </message>
</context>
<context>
    <name>PrintedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>PyWxDumpCsvParser</name>
    <message>
        <source>Line %1: expected a PyWxDump CSV header like “id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime”</source>
        <translation>第 %1 行：应为类似“id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime”的 PyWxDump CSV 表头</translation>
    </message>
    <message>
        <source>Line %1: only %2 of %3 columns; the row is skipped</source>
        <translation>第 %1 行：只有 %3 列中的 %2 列；已跳过该行</translation>
    </message>
    <message>
        <source>Line %1: unreadable time “%2”; the row is skipped</source>
        <translation>第 %1 行：无法读取的时间“%2”；已跳过该行</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>QQParser</name>
    <message>
        <source>Line %1: expected a QQ message header like “2017-01-01 8:36:52 Name(12345)”</source>
        <translation>第 %1 行：应为类似“2017-01-01 8:36:52 昵称(12345)”的 QQ 消息抬头</translation>
    </message>
    <message>
        <source>The file holds %1 conversations; only “%2” was imported. Skipped: %3</source>
        <translation>该文件包含 %1 个会话；只导入了“%2”。已跳过：%3</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a real date and time; the message was skipped.</source>
        <translation>第 %1 行：“%2”不是真实存在的日期和时间；这条消息已跳过。</translation>
    </message>
</context>
<context>
    <name>RemoveReviewCommand</name>
    <message>
        <source>Delete review of “%1”</source>
        <translation>删除“%1”的复盘</translation>
    </message>
</context>
<context>
    <name>ReplaceCampVariablesCommand</name>
    <message>
        <source>Edit camp variables</source>
        <translation>编辑训练营变量</translation>
    </message>
</context>
<context>
    <name>ReviewCalculator</name>
    <message>
        <source>No subgroup</source>
        <translation>未分组</translation>
    </message>
</context>
<context>
    <name>ReviewCharts</name>
    <message>
        <source>Active rate</source>
        <translation>活跃率</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>低于目标</translation>
    </message>
    <message>
        <source>Check-in completion</source>
        <translation>打卡完成率</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Average of its type</source>
        <translation>同类活动平均</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退群</translation>
    </message>
    <message>
        <source>Course day</source>
        <translation>课程日</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>Turnout of the last %1 of %2 activities</source>
        <translation>最近 %1 个活动的参与人数（共 %2 个）</translation>
    </message>
    <message>
        <source>%1 (no figure yet)</source>
        <translation>%1（尚无数据）</translation>
    </message>
    <message numerus="yes">
        <source>Course day (%n day(s) without a figure)</source>
        <translation>
            <numerusform>课程日（%n 天没有数据）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewHeadline</name>
    <message>
        <source>no course day has ended yet</source>
        <translation>还没有结束的课程日</translation>
    </message>
    <message>
        <source>course day %1</source>
        <translation>开课第 %1 天</translation>
    </message>
    <message>
        <source>course days %1–%2</source>
        <translation>开课第 %1–%2 天</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n left)</source>
        <translation>
            <numerusform>%1（%n 人已退出）</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily active rate (%1)</source>
        <translation>每日活跃率（%1）</translation>
    </message>
    <message>
        <source>Check-in completion (%1)</source>
        <translation>打卡完成率（%1）</translation>
    </message>
    <message>
        <source>Messages from members</source>
        <translation>成员消息数</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (target %3)</source>
        <translation>%1：%2（目标 %3）</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已打卡</translation>
    </message>
    <message>
        <source>%1 of %2 members (%3)</source>
        <translation>%2 名成员中 %1 人（%3）</translation>
    </message>
    <message>
        <source>Spoke in the chat %1</source>
        <translation>%1 在群里发言</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>%1 in the chat %2</source>
        <translation>%2 群内 %1 条</translation>
    </message>
    <message>
        <source>the first of its type</source>
        <translation>同类活动中的第一次</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the average of its type (%2 who spoke, over %n activities)</source>
        <translation>
            <numerusform>为同类活动平均值的 %1（%n 场活动平均 %2 人发言）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %1 of the average of its type (%2 who spoke, over %n activities)</source>
        <translation>
            <numerusform>仅为同类活动平均值的 %1（%n 场活动平均 %2 人发言）</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Active rate that day</source>
        <translation>当天活跃率</translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1（目标 %2）</translation>
    </message>
    <message>
        <source>%1 (figures of %2)</source>
        <translation>%1（%2 时的数据）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>no course day in the range</source>
        <translation>范围内没有课程日</translation>
    </message>
    <message>
        <source>no course day with members counted</source>
        <translation>筛选出的成员不在任何课程日中</translation>
    </message>
    <message numerus="yes">
        <source>Daily active rate (%n day(s) outside the course)</source>
        <translation>
            <numerusform>每日活跃率（课程期外 %n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) dated %1 to %2, more than a year away from this camp&apos;s days, are not in these figures (messages: %3, check-ins: %4).</source>
        <translation>
            <numerusform>有 %n 项数据的日期为 %1 至 %2，与训练营的日子相隔一年以上，未计入这些数字（消息 %3 条，打卡 %4 次）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>none: the activity was skipped, or no chat or check-in had been imported for its day when they were taken</source>
        <translation>无：活动已跳过，或者记录这些数据时，还没有导入活动当天的聊天或打卡</translation>
    </message>
    <message numerus="yes">
        <source>nobody spoke at any of the %n activities of its type</source>
        <translation>
            <numerusform>同类型的 %n 个活动中都没有人发言</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewInputLoader</name>
    <message>
        <source>Camp “%1” has no course dates, so its days cannot be reviewed.</source>
        <translation>训练营“%1”没有课程日期，无法复盘它的每一天。</translation>
    </message>
    <message>
        <source>The dates of camp “%1” span more than ten years.</source>
        <translation>训练营“%1”的日期跨度超过十年。</translation>
    </message>
    <message>
        <source>Camp “%1” has member records with impossible ids; the workspace is damaged.</source>
        <translation>训练营“%1”的成员记录编号不可能出现，工作区已损坏。</translation>
    </message>
    <message>
        <source>The participation figures of %1 are damaged; import the chat again to rebuild them.</source>
        <translation>%1 的参与数据已损坏；请重新导入聊天记录来重建。</translation>
    </message>
</context>
<context>
    <name>ReviewReportWriter</name>
    <message>
        <source>Camp review: %1</source>
        <translation>训练营复盘：%1</translation>
    </message>
    <message>
        <source>%1 to %2, as of %3</source>
        <translation>%1 至 %2，数据截至 %3</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>members in no subgroup</source>
        <translation>未分组的成员</translation>
    </message>
    <message>
        <source>subgroup: %1</source>
        <translation>小组：%1</translation>
    </message>
    <message>
        <source>staff included</source>
        <translation>含工作人员</translation>
    </message>
    <message>
        <source>staff not counted</source>
        <translation>不含工作人员</translation>
    </message>
    <message>
        <source>Goals and results</source>
        <translation>目标与结果</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Course days below the active-rate target</source>
        <translation>活跃率低于目标的课程日</translation>
    </message>
    <message>
        <source>The camp has no subgroups.</source>
        <translation>本训练营没有小组。</translation>
    </message>
    <message>
        <source>No check-in activity has taken place.</source>
        <translation>还没有进行过打卡活动。</translation>
    </message>
    <message>
        <source>No activity has taken place yet.</source>
        <translation>还没有进行过活动。</translation>
    </message>
    <message>
        <source>Nobody is silent.</source>
        <translation>没有沉默成员。</translation>
    </message>
    <message>
        <source>No members.</source>
        <translation>没有成员。</translation>
    </message>
    <message>
        <source>Activity reviews</source>
        <translation>活动复盘</translation>
    </message>
    <message>
        <source>No activity has been reviewed yet.</source>
        <translation>还没有复盘过任何活动。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>做得好的</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>待改进</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>%1 · made with CampDesk on %2</source>
        <translation>%1 · 由 CampDesk 生成于 %2</translation>
    </message>
    <message>
        <source>Course days below the active-rate target: %1</source>
        <translation>活跃率低于目标的课程日：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ReviewTables</name>
    <message>
        <source>Daily active rate</source>
        <translation>每日活跃率</translation>
    </message>
    <message>
        <source>Check-in completion per course day</source>
        <translation>各课程日打卡完成率</translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Turnout per activity</source>
        <translation>各活动参与人数</translation>
    </message>
    <message>
        <source>Engagement tiers</source>
        <translation>活跃分层</translation>
    </message>
    <message>
        <source>Joins and leaves</source>
        <translation>入群与退群</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Course day</source>
        <translation>课程日</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃人数</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>活跃率</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已打卡</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Check-in completion</source>
        <translation>打卡完成率</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>参与率</translation>
    </message>
    <message>
        <source>Average of its type (participants)</source>
        <translation>同类活动平均参与人数</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退群</translation>
    </message>
    <message>
        <source>Silent and at-risk members</source>
        <translation>沉默与流失风险成员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最后活跃</translation>
    </message>
    <message>
        <source>Days silent</source>
        <translation>沉默天数</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>打卡次数</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>never spoke</source>
        <translation>从未发言</translation>
    </message>
    <message numerus="yes">
        <source>silent for %n day(s)</source>
        <translation>
            <numerusform>已沉默 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>#</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>活跃天数</translation>
    </message>
    <message>
        <source>Sharing sessions</source>
        <translation>分享次数</translation>
    </message>
    <message>
        <source>Check-in activities</source>
        <translation>打卡活动</translation>
    </message>
    <message>
        <source>Active rate of %1</source>
        <translation>%1 的活跃率</translation>
    </message>
</context>
<context>
    <name>RoleRights</name>
    <message>
        <source>Your role in this team workspace, %1, does not allow this; the workspace&apos;s owner can change it.</source>
        <translation>你在此团队工作区的角色（%1）不允许这样做；工作区的负责人可以修改你的角色。</translation>
    </message>
</context>
<context>
    <name>RosterColumns</name>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Group nickname</source>
        <translation>群昵称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>QQ number</source>
        <translation>QQ号</translation>
    </message>
    <message>
        <source>Telegram ID</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Discord ID</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>头衔</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>退群时间</translation>
    </message>
    <message>
        <source>Intro: who</source>
        <translation>自我介绍：我是谁</translation>
    </message>
    <message>
        <source>Intro: one sentence</source>
        <translation>自我介绍：一句话</translation>
    </message>
    <message>
        <source>Intro: why joined</source>
        <translation>自我介绍：为什么加入</translation>
    </message>
    <message>
        <source>Intro: proudest of</source>
        <translation>自我介绍：最骄傲的事</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>No column holds the members&apos; names; map a column to Name or Group nickname.</source>
        <translation>没有哪一列是成员名字；请把某一列对应到“昵称”或“群昵称”。</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a role; imported as an ordinary member</source>
        <translation>第 %1 行：“%2”不是角色，按普通用户导入</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a date (YYYY-MM-DD)</source>
        <translation>第 %1 行：“%2”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>line %1: no name; the row is skipped</source>
        <translation>第 %1 行：没有名字，已跳过</translation>
    </message>
    <message>
        <source>line %1: the same person as line %2; the row is skipped</source>
        <translation>第 %1 行：与第 %2 行是同一个人，已跳过</translation>
    </message>
    <message>
        <source>line %1: the same %2 id as line %3; the row is skipped</source>
        <translation>第 %1 行：%2 账号与第 %3 行相同，已跳过</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>line %1: %n people known already share the name “%2”; the row becomes a new person (merge it by hand if it is one of them)</source>
        <translation>
            <numerusform>第 %1 行：已有 %n 个人都叫“%2”；这一行将成为新的人（如果就是其中某一位，请手动合并）</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: “%2” shares a name with someone known whose phone or chat id is another; the row becomes a new person</source>
        <translation>第 %1 行：“%2”与一位已知的人同名，但对方的手机号或聊天账号与这一行不同；这一行将成为新的人</translation>
    </message>
    <message>
        <source>line %1: the phone “%2” was shortened by a spreadsheet; it is left out (format the column as text and save the file again)</source>
        <translation>第 %1 行：手机号“%2”被电子表格缩写了，未导入（请把这一列设为文本格式后重新保存文件）</translation>
    </message>
    <message>
        <source>lines %1 to %2 read as one row: a quote was probably lost at line %1, and the rows after it ran into it; the row is skipped, check these lines</source>
        <translation>第 %1 行到第 %2 行被读成了一行：第 %1 行可能缺了一个引号，后面的行都并进了这一行；这一行已跳过，请检查这些行</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both mapped to %3; map one of them to another field or ignore it.</source>
        <translation>第 %1 列和第 %2 列都对应到了“%3”；请把其中一列对应到别的字段，或设为忽略。</translation>
    </message>
    <message>
        <source>line %1: %2 cells, the header has %3; these are not imported: %4</source>
        <translation>第 %1 行：有 %2 个单元格，表头只有 %3 个；以下内容未导入：%4</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>line %1: “%2” holds bytes that are not text in the file&apos;s encoding; it is left out (if the file was saved in another encoding, choose it and import again)</source>
        <translation>第 %1 行：“%2”中有不符合文件编码的字节，未导入（如果文件是用别的编码保存的，请选择该编码后重新导入）</translation>
    </message>
    <message>
        <source>line %1: the %2 “%3” was shortened by a spreadsheet; it is left out (format the column as text and save the file again)</source>
        <translation>第 %1 行：%2“%3”被电子表格缩写了，未导入（请把这一列设为文本格式后重新保存文件）</translation>
    </message>
    <message>
        <source>name “%1”</source>
        <translation>名字“%1”</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>city “%1”</source>
        <translation>城市“%1”</translation>
    </message>
    <message>
        <source>occupation “%1”</source>
        <translation>职业“%1”</translation>
    </message>
    <message>
        <source>role “%1”</source>
        <translation>角色“%1”</translation>
    </message>
    <message>
        <source>group nickname “%1”</source>
        <translation>群昵称“%1”</translation>
    </message>
    <message>
        <source>title “%1”</source>
        <translation>头衔“%1”</translation>
    </message>
    <message>
        <source>subgroup “%1”</source>
        <translation>小组“%1”</translation>
    </message>
    <message>
        <source>joined on %1</source>
        <translation>入群日期 %1</translation>
    </message>
    <message>
        <source>line %1: the same person as “%2” (the same chat id or phone), but the row says %3; the workspace keeps what it has (edit the member to change it)</source>
        <translation>第 %1 行：与“%2”是同一个人（聊天账号或手机号相同），但这一行写的是%3；工作区保留原有的内容（如需修改，请编辑该成员）</translation>
    </message>
    <message>
        <source>line %1: the same phone as line %2; the row is skipped</source>
        <translation>第 %1 行：手机号与第 %2 行相同，已跳过</translation>
    </message>
    <message>
        <source>line %1: the same name as line %2; each is added as a person of their own (merge them later if they are one)</source>
        <translation>第 %1 行：名字与第 %2 行相同；两行各自添加为一个人员（如果是同一个人，之后请合并）</translation>
    </message>
    <message>
        <source>line %1: “%2” shares a name with a member of this camp: merged, the row adds nobody and none of its values are written; kept apart, it adds a second member of that name</source>
        <translation>第 %1 行：“%2”与本训练营的一名成员同名：合并的话，这一行不会新增任何人，其中的内容也都不会写入；不合并的话，会再新增一名同名成员</translation>
    </message>
    <message>
        <source>line %1: “%2” shares a name with line %3: merged, both join one person, and this row adds nobody and none of its values are written</source>
        <translation>第 %1 行：“%2”与第 %3 行同名：合并的话，两行会归到同一个人，这一行不会新增任何人，其中的内容也都不会写入</translation>
    </message>
    <message>
        <source>line %1: its chat ids and phone belong to %2 and %3, two people known already; the row is skipped (correct the file, or edit the members)</source>
        <translation>第 %1 行：其中的聊天账号和手机号分属 %2 和 %3 两位已知人员；已跳过这一行（请修改文件，或编辑这两位成员）</translation>
    </message>
    <message>
        <source>line %1: its chat id or phone is %2&apos;s, but its other phone or chat id differs from theirs; the row is skipped (correct the file, or edit the member)</source>
        <translation>第 %1 行：其中的聊天账号或手机号是 %2 的，但另一个手机号或聊天账号与此人的不同；已跳过这一行（请修改文件，或编辑这位成员）</translation>
    </message>
    <message>
        <source>line %1: in the camp, yet a day left (%2) is given; the day is left out</source>
        <translation>第 %1 行：状态为在群，却给出了退群日期（%2）；该日期未导入</translation>
    </message>
    <message>
        <source>line %1: “%2” without the day they left: kept so, and counted in the camp&apos;s figures until the day is given (a “%3” column, or the member&apos;s dialog)</source>
        <translation>第 %1 行：“%2”但没有退群日期：按原样保留，在填写日期（“%3”列，或成员对话框）之前，仍计入训练营的各项数据</translation>
    </message>
    <message>
        <source>status “%1”</source>
        <translation>状态“%1”</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>退群日期 %1</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a status; it is left out</source>
        <translation>第 %1 行：“%2”不是有效的状态；未导入</translation>
    </message>
    <message>
        <source>No column holds the members&apos; names: the header line holds bytes that are not text in the file&apos;s encoding. If the file was saved in another encoding, choose it; else map a column to Name or Group nickname.</source>
        <translation>没有哪一列是成员名字：表头一行中有不符合文件编码的字节。如果文件是用别的编码保存的，请选择该编码；否则请把某一列对应到“昵称”或“群昵称”。</translation>
    </message>
    <message>
        <source>self-introduction</source>
        <translation>自我介绍</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>Log a violation by %1</source>
        <translation>记录 %1 的违规</translation>
    </message>
</context>
<context>
    <name>RunSheet</name>
    <message>
        <source>Course day %1</source>
        <translation>开课第 %1 天</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>预备期</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>结营期</translation>
    </message>
    <message>
        <source>Run sheet · %1</source>
        <translation>流程单 · %1</translation>
    </message>
    <message>
        <source>Nothing is planned for this day.</source>
        <translation>这一天没有安排。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Notes and checklist</source>
        <translation>备注和检查清单</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · run sheet for %2</source>
        <translation>%1 · %2 流程单</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Outside the camp&apos;s days</source>
        <translation>不在训练营的日期内</translation>
    </message>
    <message>
        <source>“%1” (activity %2) has a start or end time CampDesk cannot read, so the run sheet cannot tell whether it belongs on this day. Set its time on the Plan tab (the agenda lists it), then make the run sheet again.</source>
        <translation>“%1”（活动 %2）的开始或结束时间无法读取，所以无法判断它是否属于这一天的流程单。请在“计划”标签页中设置它的时间（“日程”视图中列有它），然后重新生成流程单。</translation>
    </message>
</context>
<context>
    <name>RunSheetPrinter</name>
    <message>
        <source>Print Run Sheet</source>
        <translation>打印流程单</translation>
    </message>
</context>
<context>
    <name>SavePlanTemplateCommand</name>
    <message>
        <source>Save plan as template “%1”</source>
        <translation>将计划存为模板“%1”</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Upgrading the workspace to version %1 failed: %2</source>
        <translation>把工作区升级到第 %1 版失败：%2</translation>
    </message>
    <message>
        <source>The workspace&apos;s schema version %1 is not one CampDesk ever wrote.</source>
        <translation>工作区的结构版本 %1 不是 CampDesk 写过的版本。</translation>
    </message>
    <message>
        <source>it has a trigger %1, which CampDesk never writes</source>
        <translation>其中有触发器 %1，CampDesk 从不写入触发器</translation>
    </message>
    <message>
        <source>it has a view %1, which CampDesk never writes</source>
        <translation>其中有视图 %1，CampDesk 从不写入视图</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>缺少表 %1</translation>
    </message>
    <message>
        <source>the table %1 lacks the column “%2”</source>
        <translation>表 %1 缺少列“%2”</translation>
    </message>
    <message>
        <source>the table %1 has a column “%2” that CampDesk does not write</source>
        <translation>表 %1 有一列“%2”，不是 CampDesk 写入的</translation>
    </message>
    <message>
        <source>it has a table %1 that CampDesk does not write</source>
        <translation>其中有表 %1，不是 CampDesk 写入的</translation>
    </message>
    <message>
        <source>the index %1 is not CampDesk&apos;s</source>
        <translation>索引 %1 不是 CampDesk 的索引</translation>
    </message>
    <message>
        <source>the index %1 is missing</source>
        <translation>缺少索引 %1</translation>
    </message>
    <message>
        <source>it has an index %1 that CampDesk does not write</source>
        <translation>其中有索引 %1，不是 CampDesk 写入的</translation>
    </message>
    <message>
        <source>no step packs the per-day figures</source>
        <translation>缺少打包每日数据的步骤</translation>
    </message>
    <message>
        <source>no step rebuilds the camps&apos; figures</source>
        <translation>缺少重建训练营数据的步骤</translation>
    </message>
</context>
<context>
    <name>ScreenshotStage</name>
    <message>
        <source>--view %1 needs a camp; the workspace has none.</source>
        <translation>--view %1 需要训练营，但工作区中没有。</translation>
    </message>
</context>
<context>
    <name>SenderMatcher</name>
    <message>
        <source>the same name, but another account on this platform is already this member, or several senders or members share the name</source>
        <translation>名字相同，但该成员在此平台已对应了另一个账号，或有多位发言人或成员同名</translation>
    </message>
    <message>
        <source>the same name apart from case, width, emoji or punctuation</source>
        <translation>除大小写、全半角、表情或标点外名字相同</translation>
    </message>
    <message>
        <source>a part of the member&apos;s name or group nickname</source>
        <translation>是成员名字或群昵称的一部分</translation>
    </message>
    <message>
        <source>the member&apos;s given name alone</source>
        <translation>只写了成员的名（不含姓）</translation>
    </message>
    <message>
        <source>the same name apart from its digits</source>
        <translation>除数字外名字相同</translation>
    </message>
    <message>
        <source>the pinyin initials of the member&apos;s name</source>
        <translation>是成员名字的拼音首字母</translation>
    </message>
    <message>
        <source>one letter different from the member&apos;s name</source>
        <translation>与成员名字只差一个字母</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The address holds a password, and CampDesk never keeps one in an address: put it in ~/.pgpass or the service file, or leave it out to be asked for it.</source>
        <translation>地址里含有密码，CampDesk 从不在地址中保存密码：请把密码写进 ~/.pgpass 或服务文件，或者不写，连接时再输入。</translation>
    </message>
    <message>
        <source>%1 names no database: add its name (postgresql://host/NAME or dbname=NAME).</source>
        <translation>%1 没有指明数据库：请加上数据库名（postgresql://主机/数据库名 或 dbname=数据库名）。</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: %2</source>
        <translation>%1 不是 PostgreSQL 地址：%2</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: &quot;%2&quot; has no value.</source>
        <translation>%1 不是 PostgreSQL 地址：“%2”没有值。</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: a quote is not closed.</source>
        <translation>%1 不是 PostgreSQL 地址：有引号没有闭合。</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: &quot;%2&quot; is not one of libpq&apos;s keywords.</source>
        <translation>%1 不是 PostgreSQL 地址：“%2”不是 libpq 的连接参数。</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>本机上的 %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>a server address holding a password (not shown)</source>
        <translation>含有密码的服务器地址（不显示）</translation>
    </message>
</context>
<context>
    <name>SetCampVariableCommand</name>
    <message>
        <source>Set {%1}</source>
        <translation>设置 {%1}</translation>
    </message>
</context>
<context>
    <name>SetChatIdentityStaffCommand</name>
    <message>
        <source>Mark %1 as staff</source>
        <translation>把 %1 标记为工作人员</translation>
    </message>
    <message>
        <source>Mark %1 as a member</source>
        <translation>把 %1 标记为成员</translation>
    </message>
</context>
<context>
    <name>SpeechCategory</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎语</translation>
    </message>
    <message>
        <source>Group rules</source>
        <translation>群规</translation>
    </message>
    <message>
        <source>Self-introduction invitation</source>
        <translation>自我介绍邀请</translation>
    </message>
    <message>
        <source>Daily announcement</source>
        <translation>每日公告</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>精华</translation>
    </message>
    <message>
        <source>Check-in reminder</source>
        <translation>打卡提醒</translation>
    </message>
    <message>
        <source>Atmosphere: warm-up</source>
        <translation>气氛组：暖场</translation>
    </message>
    <message>
        <source>Atmosphere: hype</source>
        <translation>气氛组：热场</translation>
    </message>
    <message>
        <source>Atmosphere: praise</source>
        <translation>气氛组：表扬</translation>
    </message>
    <message>
        <source>Atmosphere: steer-back</source>
        <translation>气氛组：拉回话题</translation>
    </message>
    <message>
        <source>Sharing invitation</source>
        <translation>分享邀请</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>仪式</translation>
    </message>
    <message>
        <source>Violation warning</source>
        <translation>违规提醒</translation>
    </message>
    <message>
        <source>Private-adding warning</source>
        <translation>私加好友警告</translation>
    </message>
    <message>
        <source>Complaint reply</source>
        <translation>投诉回复</translation>
    </message>
    <message>
        <source>Silent-member nudge</source>
        <translation>沉默成员唤醒</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>SpeechChecker</name>
    <message>
        <source>%1 lines: more than one phone screen (%2 lines).</source>
        <translation>共 %1 行：超过一屏（%2 行）。</translation>
    </message>
    <message>
        <source>%1 characters: more than one phone screen (%2).</source>
        <translation>共 %1 个字：超过一屏（%2 字）。</translation>
    </message>
    <message>
        <source>Lines %1 and %2 need a blank line between them: announcements keep paragraphs apart.</source>
        <translation>第 %1 行和第 %2 行之间需要空一行：公告的段落要分开。</translation>
    </message>
    <message>
        <source>Contains “%1” from the camp&apos;s watch list.</source>
        <translation>包含训练营风险词“%1”。</translation>
    </message>
</context>
<context>
    <name>SpeechCopier</name>
    <message>
        <source>Not copied: %1.</source>
        <translation>未复制：%1。</translation>
    </message>
    <message>
        <source>There are no lines in “%1”.</source>
        <translation>“%1”里没有话术。</translation>
    </message>
    <message>
        <source>No line of “%1” can be filled here. The next one, “%2”: %3.</source>
        <translation>“%1”里没有一条话术能在这里填好。下一条“%2”：%3。</translation>
    </message>
</context>
<context>
    <name>SpeechLibrary</name>
    <message>
        <source>%1: line %2: not valid JSON (%3)</source>
        <translation>%1：第 %2 行：不是有效的 JSON（%3）</translation>
    </message>
    <message>
        <source>%1: not a CampDesk speech library (format must be &quot;%2&quot;)</source>
        <translation>%1：不是 CampDesk 话术库（format 必须是 &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>%1: version %2 is not one this CampDesk reads (1)</source>
        <translation>%1：当前 CampDesk 无法读取版本 %2（只能读取 1）</translation>
    </message>
    <message>
        <source>%1: templates: must be a list</source>
        <translation>%1：templates：必须是列表</translation>
    </message>
    <message>
        <source>%1: %2: must be an object</source>
        <translation>%1：%2：必须是对象</translation>
    </message>
    <message>
        <source>%1: %2.title: is missing</source>
        <translation>%1：%2.title：缺失</translation>
    </message>
    <message>
        <source>%1: %2.body: is missing</source>
        <translation>%1：%2.body：缺失</translation>
    </message>
    <message>
        <source>%1: %2.category: “%3” is not a category</source>
        <translation>%1：%2.category：“%3”不是分类</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用次数</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n 次复制</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) that post them</source>
        <translation>
            <numerusform>%n 个发送它们的活动</numerusform>
        </translation>
    </message>
    <message>
        <source>Since these lines were added, other work names them (%1): undoing the add would delete it too, so nothing was undone. Delete the lines themselves if they should go.</source>
        <translation>这些话术添加之后，已有别的记录用到它们（%1）：撤销添加会把这些记录一并删除，因此没有撤销。如果确实不需要这些话术，请直接删除它们。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SpeechRepository</name>
    <message>
        <source>Speech template %1 does not exist.</source>
        <translation>话术 %1 不存在。</translation>
    </message>
    <message>
        <source>A speech template needs a title.</source>
        <translation>话术需要一个标题。</translation>
    </message>
    <message>
        <source>The speech template “%1” has no text.</source>
        <translation>话术“%1”没有内容。</translation>
    </message>
    <message>
        <source>Another of the crew is taking a line of this camp and has not finished; nothing was copied. Try again in a moment.</source>
        <translation>气氛组的另一位成员正在取这个训练营的话术，还没有完成；什么都没有复制。请稍后再试。</translation>
    </message>
</context>
<context>
    <name>SplitChatIdentityCommand</name>
    <message>
        <source>Split %1 off as a new member</source>
        <translation>把 %1 拆分为新成员</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>Database error: the query returned no row.</source>
        <translation>数据库错误：查询没有返回任何行。</translation>
    </message>
    <message>
        <source>%1. The disk may be full: make room and try again. Nothing of this step was saved.</source>
        <translation>%1。磁盘可能已满：请腾出空间后重试。这一步的内容一项都没有保存。</translation>
    </message>
    <message>
        <source>The team workspace refused this change: your role there does not allow it, and nothing was changed. The workspace&apos;s owner can give you another role. (%1)</source>
        <translation>团队工作区拒绝了这项修改：你在那里的角色不允许这样做，没有任何内容被修改。工作区的负责人可以给你换一个角色。（%1）</translation>
    </message>
</context>
<context>
    <name>StaleEdit</name>
    <message>
        <source>camp</source>
        <translation>训练营</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>This %1 was changed after you saw it, so your change was not saved; it now shows what it is. Make your change again if it still applies.</source>
        <translation>这个%1在你看到之后被改过了，所以你的修改没有保存；现在显示的是它的最新内容。如果仍需修改，请再改一次。</translation>
    </message>
    <message>
        <source>%1 deleted this %2 at %3, after you saw it, so your change was not saved.</source>
        <translation>%1 在 %3 删除了这个%2（在你看到之后），所以你的修改没有保存。</translation>
    </message>
    <message>
        <source>%1 changed this %2 at %3, after you saw it, so your change was not saved; it now shows their version. Make your change again if it still applies.</source>
        <translation>%1 在 %3 修改了这个%2（在你看到之后），所以你的修改没有保存；现在显示的是对方修改后的内容。如果仍需修改，请再改一次。</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>subgroup</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>line</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>chat account</source>
        <translation>聊天身份</translation>
    </message>
    <message>
        <source>camp variable</source>
        <translation>训练营变量</translation>
    </message>
    <message>
        <source>plan template</source>
        <translation>计划模板</translation>
    </message>
</context>
<context>
    <name>SubgroupRepository</name>
    <message>
        <source>A subgroup needs a name.</source>
        <translation>小组需要一个名称。</translation>
    </message>
    <message>
        <source>The subgroup “%1” cannot be created: %2</source>
        <translation>无法创建小组“%1”：%2</translation>
    </message>
    <message>
        <source>Subgroup %1 does not exist.</source>
        <translation>小组 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>助教</translation>
    </message>
    <message>
        <source>atmosphere crew</source>
        <translation>气氛组</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>%1 is a workspace file, which has one operator, its owner: a team works on a team workspace on a server.</source>
        <translation>%1 是工作区文件，只有一位运营人员，即其所有者：团队要在服务器上的团队工作区里协作。</translation>
    </message>
    <message>
        <source>Only an owner changes the team, and your role here is %1.</source>
        <translation>只有负责人可以修改团队，而你在此工作区的角色是%1。</translation>
    </message>
    <message>
        <source>“%1” is not a login: a login has no spaces at either end and at most %2 bytes.</source>
        <translation>“%1”不是登录名：登录名两端不能有空格，且最多 %2 个字节。</translation>
    </message>
    <message>
        <source>“%1” is not a login: names beginning with pg_ are the server&apos;s own.</source>
        <translation>“%1”不是登录名：以 pg_ 开头的名称是服务器保留的。</translation>
    </message>
    <message>
        <source>%1 is not in this workspace&apos;s team.</source>
        <translation>%1 不在此工作区的团队中。</translation>
    </message>
    <message>
        <source>%1 is in this workspace&apos;s team already: change their role instead.</source>
        <translation>%1 已在此工作区的团队中：请改为修改其角色。</translation>
    </message>
    <message>
        <source>The camps named for %1 are not all in this workspace.</source>
        <translation>为 %1 指定的训练营并非都在此工作区中。</translation>
    </message>
    <message>
        <source>The server has no login %1, and yours may not make logins. The server&apos;s administrator can make it (createuser --pwprompt %1), or let you make logins (ALTER ROLE … CREATEROLE).</source>
        <translation>服务器上没有登录名 %1，而你的登录名无权创建登录名。服务器管理员可以创建它（createuser --pwprompt %1），或允许你创建登录名（ALTER ROLE … CREATEROLE）。</translation>
    </message>
    <message>
        <source>The login %1 is new and needs a password.</source>
        <translation>登录名 %1 是新的，需要设置密码。</translation>
    </message>
    <message>
        <source>The password could not be prepared: %1</source>
        <translation>无法处理密码：%1</translation>
    </message>
    <message>
        <source>%1 owns this workspace and keeps every right to every camp: it can be linked to its roster entry, as owner, and nothing else.</source>
        <translation>%1 是此工作区的所有者，对所有训练营始终拥有全部权限：只能以负责人身份关联其名单成员，不能做其他修改。</translation>
    </message>
</context>
<context>
    <name>TelegramParser</name>
    <message>
        <source>Line %1, column %2: this is not a valid Telegram JSON export (%3).</source>
        <translation>第 %1 行第 %2 列：这不是有效的 Telegram JSON 导出（%3）。</translation>
    </message>
    <message>
        <source>The Telegram export contains no group chat, only personal chats or channels.</source>
        <translation>该 Telegram 导出中没有群聊，只有私聊或频道。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Line %1: expected a Telegram JSON export (result.json) starting with “{”.</source>
        <translation>第 %1 行：应为以“{”开头的 Telegram JSON 导出（result.json）。</translation>
    </message>
    <message>
        <source>Line %1: the JSON ends before every string, object and array is closed; is the file complete?</source>
        <translation>第 %1 行：JSON 在字符串、对象或数组闭合之前就结束了；文件完整吗？</translation>
    </message>
    <message>
        <source>Line %1: expected a Telegram export: an object with “messages” or “chats”.</source>
        <translation>第 %1 行：应为 Telegram 导出：含有“messages”或“chats”的对象。</translation>
    </message>
    <message>
        <source>Line %1: the message has no readable date; skipped.</source>
        <translation>第 %1 行：消息没有可读的日期；已跳过。</translation>
    </message>
    <message>
        <source>Line %1: expected Telegram messages of type “message” or “service”.</source>
        <translation>第 %1 行：应为类型为“message”或“service”的 Telegram 消息。</translation>
    </message>
    <message>
        <source>Line %1: the group “%2” (%3 messages) was not imported; this import takes “%4”.</source>
        <translation>第 %1 行：群“%2”（%3 条消息）没有导入；这次导入的是“%4”。</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>%1 is a spreadsheet workbook, not text: save it as CSV (UTF-8) in the spreadsheet program and import that file.</source>
        <translation>%1 是电子表格工作簿，不是文本文件：请在电子表格程序中另存为 CSV（UTF-8），再导入那个文件。</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
    <message>
        <source>The server kept none of the changes: a step of them had failed. Nothing was saved.</source>
        <translation>服务器没有保留任何改动：其中一步已经失败。什么都没有保存。</translation>
    </message>
</context>
<context>
    <name>ViolationAction</name>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移出</translation>
    </message>
</context>
<context>
    <name>ViolationRepository</name>
    <message>
        <source>Say which rule was broken.</source>
        <translation>请说明违反了哪条规则。</translation>
    </message>
    <message>
        <source>A violation needs a date.</source>
        <translation>违规记录需要日期。</translation>
    </message>
    <message>
        <source>Violation %1 does not exist.</source>
        <translation>违规记录 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>WhatsAppParser</name>
    <message>
        <source>Line %1: expected a WhatsApp message header like “1/29/18, 12:24 - Name: text” or “[29.01.18, 12:24:03] Name: text”.</source>
        <translation>第 %1 行：应为类似“1/29/18, 12:24 - 名字: 内容”或“[29.01.18, 12:24:03] 名字: 内容”的 WhatsApp 消息抬头。</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a valid date in the order used; the message was skipped.</source>
        <translation>第 %1 行：按所用的日期顺序，“%2”不是有效日期；这条消息已跳过。</translation>
    </message>
    <message>
        <source>as the file uses AM/PM times</source>
        <translation>因为文件使用上午/下午的 12 小时制</translation>
    </message>
    <message>
        <source>as the file uses 24-hour times</source>
        <translation>因为文件使用 24 小时制</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a real time; the message was skipped.</source>
        <translation>第 %1 行：“%2”不是真实存在的时间；这条消息已跳过。</translation>
    </message>
    <message>
        <source>Messages skipped for an invalid date or time beyond those listed: %1.</source>
        <translation>除以上所列外，另有因日期或时间无效而跳过的消息：%1 条。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>无法读取 %1：没有权限。</translation>
    </message>
    <message>
        <source>%1 is empty; it is not a CampDesk workspace.</source>
        <translation>%1 是空文件，不是 CampDesk 工作区。</translation>
    </message>
    <message>
        <source>%1 is not a CampDesk workspace (it is not a SQLite database).</source>
        <translation>%1 不是 CampDesk 工作区（它不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). Restore it from a backup.</source>
        <translation>%1 已损坏，无法打开（%2）。请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database, but not a CampDesk workspace.</source>
        <translation>%1 是 SQLite 数据库，但不是 CampDesk 工作区。</translation>
    </message>
    <message>
        <source>%1 was written by a newer CampDesk (workspace version %2; this CampDesk reads up to version %3). Update CampDesk to open it.</source>
        <translation>%1 由更新版本的 CampDesk 写入（工作区第 %2 版；当前 CampDesk 最高只能读取第 %3 版）。请更新 CampDesk 后再打开。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>无法把备份写入 %1：%2</translation>
    </message>
    <message>
        <source>The backup could not replace %1.</source>
        <translation>备份无法替换 %1。</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>无法把备份写入 %1。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (the file is cut short). Restore it from a backup.</source>
        <translation>%1 已损坏，无法打开（文件不完整，被截断了）。请从备份恢复。</translation>
    </message>
    <message>
        <source>The check of %1 was stopped.</source>
        <translation>%1 的检查已停止。</translation>
    </message>
    <message>
        <source>%1 was not upgraded to this version of CampDesk because no backup of it could be written first: %2</source>
        <translation>%1 没有升级到这一版 CampDesk，因为升级前无法先为它写一份备份：%2</translation>
    </message>
    <message>
        <source>The backup was stopped.</source>
        <translation>备份已停止。</translation>
    </message>
    <message>
        <source>%1 is read-only. CampDesk needs to write to the workspace it opens: allow writing to it, or copy it to a folder of yours and open the copy.</source>
        <translation>%1 是只读的。CampDesk 需要写入所打开的工作区：请允许写入该文件，或把它复制到你自己的文件夹后打开副本。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: its folder %2 is read-only, and CampDesk keeps its journal beside the workspace. Copy the workspace to a folder of yours.</source>
        <translation>无法打开 %1：所在文件夹 %2 是只读的，而 CampDesk 要在工作区旁边保存日志文件。请把工作区复制到你自己的文件夹。</translation>
    </message>
    <message>
        <source>its schema version %1 is not one CampDesk ever wrote</source>
        <translation>它的结构版本 %1 不是 CampDesk 写过的版本</translation>
    </message>
    <message>
        <source>%1 is not opened: its schema is not that of a CampDesk workspace of version %2 (%3). Nothing was changed. Open a backup of it.</source>
        <translation>未打开 %1：它的结构与版本 %2 的 CampDesk 工作区不符（%3）。未做任何改动。请打开它的备份。</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>A backup cannot replace the workspace it copies (%1).</source>
        <translation>备份不能覆盖它所复制的工作区（%1）。</translation>
    </message>
    <message>
        <source>%1 is a workspace that is open; a backup cannot replace it.</source>
        <translation>%1 是一个已打开的工作区，备份不能覆盖它。</translation>
    </message>
    <message>
        <source>%1 is not a CampDesk workspace yet.</source>
        <translation>%1 还不是 CampDesk 工作区。</translation>
    </message>
    <message>
        <source>Could not connect to %1 again: %2</source>
        <translation>无法重新连接 %1：%2</translation>
    </message>
    <message>
        <source>Could not connect to %1 again.</source>
        <translation>无法重新连接 %1。</translation>
    </message>
    <message>
        <source>%1 was brought up to date for this CampDesk (workspace version %2 to %3): laptops with an earlier CampDesk cannot open it until they are updated.</source>
        <translation>%1 已升级以适配此版本的 CampDesk（工作区由第 %2 版升至第 %3 版）：装有更早版本 CampDesk 的电脑须先更新 CampDesk，才能再打开它。</translation>
    </message>
    <message>
        <source>%1 was brought up to date for this CampDesk (workspace version %2 to %3): an earlier CampDesk cannot open it any more.</source>
        <translation>%1 已升级以适配此版本的 CampDesk（工作区由第 %2 版升至第 %3 版）：更早版本的 CampDesk 再也无法打开它。</translation>
    </message>
    <message>
        <source>The lock file of %1 cannot be written in its folder.</source>
        <translation>无法在 %1 所在的文件夹中写入它的锁文件。</translation>
    </message>
    <message>
        <source>%1 is already open in another CampDesk window (process %2 on %3). Close it there first.</source>
        <translation>%1 已在另一个 CampDesk 窗口中打开（%3 上的进程 %2）。请先在那里关闭它。</translation>
    </message>
    <message>
        <source>%1 is open in another program (a campdesk-cli command, or CampDesk on another account). Let it finish, then try again.</source>
        <translation>%1 正被另一个程序使用（某条 campdesk-cli 命令，或另一个账户下的 CampDesk）。请等它结束后再试。</translation>
    </message>
    <message>
        <source>%1 The file as it was is kept in its backups (Help → Restore from Backup…): %2</source>
        <translation>%1升级前的文件保存在该工作区的备份中（帮助 → 从备份恢复…）：%2</translation>
    </message>
    <message>
        <source>%1 The file as it was is kept in its backups; this command puts it back: %2</source>
        <translation>%1升级前的文件保存在该工作区的备份中，用这条命令可以恢复：%2</translation>
    </message>
    <message>
        <source>%1 was replaced while it was being opened (a restore from a backup?). Open it again.</source>
        <translation>%1 在打开过程中被替换了（也许是从备份恢复）。请重新打开。</translation>
    </message>
    <message>
        <source>%1 is open in this CampDesk; close it first.</source>
        <translation>%1 已在本 CampDesk 中打开，请先关闭它。</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
</context>
<context>
    <name>WorkspaceTransfer</name>
    <message>
        <source>The table %1 could not be copied: %2</source>
        <translation>无法复制表 %1：%2</translation>
    </message>
    <message>
        <source>The table %1 could not be read: %2</source>
        <translation>无法读取表 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a workspace that is open; a copy cannot replace it.</source>
        <translation>%1 是正在打开的工作区；副本不能替换它。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>%1 already holds a workspace (its table %2 has rows); a workspace is copied only into an empty one. Nothing was changed.</source>
        <translation>%1 中已经有一个工作区（其表 %2 中有数据）；工作区只能复制到空的数据库中。什么都没有改动。</translation>
    </message>
    <message>
        <source>its log could not be folded into it.</source>
        <translation>无法把它的日志并入文件。</translation>
    </message>
    <message>
        <source>its log could not be switched off.</source>
        <translation>无法关闭它的日志模式。</translation>
    </message>
    <message>
        <source>its log was left beside it.</source>
        <translation>它的日志文件仍留在旁边。</translation>
    </message>
    <message>
        <source>This login is given some of the workspace&apos;s camps, not all, so a copy would hold only those: copy it as its owner, or as an operator of every camp. %1 was not written.</source>
        <translation>这个登录名只分到工作区中的部分训练营，复制出来的只会有这些训练营：请以所有者或负责全部训练营的操作员身份复制。%1 没有写入。</translation>
    </message>
    <message>
        <source>%1 exists: another copy to %2 is being written, or one was cut short. Remove it if none is running, and copy again.</source>
        <translation>%1 已存在：另一次复制正在写入 %2，或者上一次复制中途中断了。如果没有复制正在进行，请删除它，然后重新复制。</translation>
    </message>
</context>
</TS>
