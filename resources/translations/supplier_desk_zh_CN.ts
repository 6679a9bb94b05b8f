<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Supplier Desk</source>
        <translation>关于 Supplier Desk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>Suppliers, contacts, negotiations and shipments.</source>
        <translation>供应商、联系人、谈判和货运。</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Supplier Desk uses Qt and Qt for Python (PySide6, shiboken6) under the GNU Lesser General Public License version 3. They are separate shared libraries (the PySide6 folder beside the program in an installed copy) that you may replace with your own build of the same version. Their source code: {sources}; the licence: {licence}.</source>
        <translation>Supplier Desk 依据 GNU 宽通用公共许可证第 3 版（LGPL v3）使用 Qt 和 Qt for Python（PySide6、shiboken6）。它们是独立的共享库（在已安装的副本中位于程序旁的 PySide6 文件夹），您可以用自己编译的同一版本替换它们。源代码：{sources}；许可证：{licence}。</translation>
    </message>
    <message>
        <source>Supplier Desk itself is under the MIT licence.</source>
        <translation>Supplier Desk 本身采用 MIT 许可证。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Fonts embedded in PDF exports</source>
        <translation>PDF 导出中嵌入的字体</translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message>
        <source>a note cannot be attached to a {kind}</source>
        <translation>备注不能附加到 {kind}</translation>
    </message>
    <message>
        <source>a follow-up needs a due date</source>
        <translation>跟进需要截止日期</translation>
    </message>
    <message>
        <source>only follow-ups can be marked done</source>
        <translation>只有跟进可以标记为完成</translation>
    </message>
</context>
<context>
    <name>ActivitiesPanel</name>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Called about the sample shipment…</source>
        <translation>已致电沟通样品货运事宜…</translation>
    </message>
    <message>
        <source>A follow-up needs a due date; a note has none</source>
        <translation>跟进需要截止日期；备注无需日期</translation>
    </message>
    <message>
        <source>for a follow-up</source>
        <translation>跟进时填写</translation>
    </message>
    <message>
        <source>who does it</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Who is to do the follow-up (any name)</source>
        <translation>由谁负责跟进（任意姓名）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Due date in the past</source>
        <translation>截止日期已过</translation>
    </message>
    <message>
        <source>Due date {day} is in the past: save anyway?</source>
        <translation>截止日期 {day} 已过：仍要保存吗？</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>备注未保存</translation>
    </message>
    <message>
        <source>Follow-up not changed</source>
        <translation>跟进未更改</translation>
    </message>
</context>
<context>
    <name>AddChargeDialog</name>
    <message>
        <source>Add charge</source>
        <translation>添加费用</translation>
    </message>
    <message>
        <source>Route {name}</source>
        <translation>航线 {name}</translation>
    </message>
    <message>
        <source>Route (choose one in the list first)</source>
        <translation>航线（请先在列表中选择）</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>港口</translation>
    </message>
    <message>
        <source>e.g. Shanghai</source>
        <translation>例如：上海</translation>
    </message>
    <message>
        <source>e.g. 350</source>
        <translation>例如：350</translation>
    </message>
    <message>
        <source>per container</source>
        <translation>每集装箱</translation>
    </message>
    <message>
        <source>per kg</source>
        <translation>每 kg</translation>
    </message>
    <message>
        <source>per shipment</source>
        <translation>每票货</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>起运/目的</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>计费单位</translation>
    </message>
    <message>
        <source>{kind} charge at {where} stored</source>
        <translation>已保存 {where} 的{kind}费用</translation>
    </message>
</context>
<context>
    <name>AddRateDialog</name>
    <message>
        <source>Add exchange rate</source>
        <translation>添加汇率</translation>
    </message>
    <message>
        <source>units of To for one From, e.g. 7.10</source>
        <translation>1 单位原币种折合的目标币种数额，例如 7.10</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原币种</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目标币种</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>{day}: 1 {src} = {rate} {dst} stored</source>
        <translation>{day}：1 {src} = {rate} {dst}，已保存</translation>
    </message>
</context>
<context>
    <name>AddRouteDialog</name>
    <message>
        <source>Add freight route</source>
        <translation>添加运费航线</translation>
    </message>
    <message>
        <source>e.g. Manzanillo</source>
        <translation>例如：曼萨尼约</translation>
    </message>
    <message>
        <source>e.g. Shanghai</source>
        <translation>例如：上海</translation>
    </message>
    <message>
        <source>e.g. 5200</source>
        <translation>例如：5200</translation>
    </message>
    <message>
        <source>per container</source>
        <translation>每集装箱</translation>
    </message>
    <message>
        <source>per kg</source>
        <translation>每 kg</translation>
    </message>
    <message>
        <source>kg one container carries</source>
        <translation>每个集装箱装载的 kg 数</translation>
    </message>
    <message>
        <source>percent, e.g. 0.3</source>
        <translation>百分比，例如 0.3</translation>
    </message>
    <message>
        <source>From port</source>
        <translation>起运港</translation>
    </message>
    <message>
        <source>To port</source>
        <translation>目的港</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Freight cost</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>计费单位</translation>
    </message>
    <message>
        <source>Payload kg</source>
        <translation>载重 kg</translation>
    </message>
    <message>
        <source>Insurance %</source>
        <translation>保险费率 %</translation>
    </message>
    <message>
        <source>Cover %</source>
        <translation>投保比例 %</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Route {ports} ({mode}) stored</source>
        <translation>航线 {ports}（{mode}）已保存</translation>
    </message>
</context>
<context>
    <name>AddTariffDialog</name>
    <message>
        <source>Add tariff row</source>
        <translation>添加税率条目</translation>
    </message>
    <message>
        <source>6 to 10 digits, e.g. 0804.40</source>
        <translation>6 至 10 位数字，例如 0804.40</translation>
    </message>
    <message>
        <source>percent, e.g. 7</source>
        <translation>百分比，例如 7</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>e.g. Customs Tariff of the PRC 2026</source>
        <translation>例如：2026 年《中华人民共和国进出口税则》</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>原产地</translation>
    </message>
    <message>
        <source>Duty %</source>
        <translation>关税 %</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>税率类型</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>增值税 %</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{hs} from {origin}: duty {duty}%, VAT {vat}% stored</source>
        <translation>{hs}（原产地 {origin}）：关税 {duty}%，增值税 {vat}%，已保存</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The local database: {reason}</source>
        <translation>本地数据库：{reason}</translation>
    </message>
    <message>
        <source>Connected to {database}</source>
        <translation>已连接到 {database}</translation>
    </message>
</context>
<context>
    <name>ArchiveNotice</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n 字节</numerusform></translation>
    </message>
    <message>
        <source>Files not attached</source>
        <translation>文件未附加</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation>附加人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>附加…</translation>
    </message>
    <message>
        <source>Choose files to attach (or drop them on the list)</source>
        <translation>选择要附加的文件（或拖放到列表中）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open a copy with the system's viewer</source>
        <translation>用系统查看器打开副本</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Files not shown</source>
        <translation>无法显示文件</translation>
    </message>
    <message>
        <source>Files can be attached once the record is saved.</source>
        <translation>记录保存后即可附加文件。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No files yet: drop files here or choose Attach…</source>
        <translation>暂无文件：将文件拖放到此处，或点击“附加…”</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) · drop files here to attach them</source>
        <translation>
            <numerusform>%n 个文件 · 将文件拖放到此处即可附加</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>正在附加 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>No program opens this kind of file; a copy is in {path}</source>
        <translation>没有可打开此类文件的程序；副本位于 {path}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Remove {name} from this record?</source>
        <translation>要从此记录中移除 {name} 吗？</translation>
    </message>
    <message>
        <source>File not opened</source>
        <translation>文件未打开</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>副本未保存</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>File not removed</source>
        <translation>文件未移除</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>预计到港 (ETA)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Due on {day}</source>
        <translation>到期日：{day}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>For</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Shipments on the move</source>
        <translation>在途货运</translation>
    </message>
    <message>
        <source>Follow-ups overdue or due today</source>
        <translation>逾期或今日到期的跟进</translation>
    </message>
    <message>
        <source>No shipment is booked, on the water or at customs.</source>
        <translation>没有已订舱、在途或清关中的货运。</translation>
    </message>
    <message>
        <source>Nothing is overdue or due today.</source>
        <translation>没有逾期或今日到期的事项。</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>在谈交易</translation>
    </message>
    <message>
        <source>{suppliers}, {deals}, {shipments}, {tasks}</source>
        <translation>{suppliers}，{deals}，{shipments}，{tasks}</translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n 个供应商</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n 笔进行中的交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) moving</source>
        <translation>
            <numerusform>%n 票货运在途</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n 项跟进到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipments on the move ({count}, {late} late)</source>
        <translation>在途货运（{count}，{late} 票延误）</translation>
    </message>
    <message>
        <source>Shipments on the move ({count})</source>
        <translation>在途货运（{count}）</translation>
    </message>
    <message>
        <source>Follow-ups overdue or due today ({count}, {overdue} overdue)</source>
        <translation>逾期或今日到期的跟进（{count}，{overdue} 项逾期）</translation>
    </message>
    <message>
        <source>Follow-ups overdue or due today ({count})</source>
        <translation>逾期或今日到期的跟进（{count}）</translation>
    </message>
    <message>
        <source>Open pipeline {total} at the latest rates on or before {day}.</source>
        <translation>在谈交易合计 {total}，按 {day}（含）之前的最新汇率计算。</translation>
    </message>
    <message>
        <source>Open pipeline {total} at the latest rates on or before {day}: {rates}.</source>
        <translation>在谈交易合计 {total}，按 {day}（含）之前的最新汇率计算：{rates}。</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>is not an ISO 3166 alpha-2 code such as MX</source>
        <translation>不是 ISO 3166 两位字母代码（如 MX）</translation>
    </message>
    <message>
        <source>has more than one main contact</source>
        <translation>有多个主要联系人</translation>
    </message>
    <message>
        <source>is not an ISO 4217 code such as USD</source>
        <translation>不是 ISO 4217 代码（如 USD）</translation>
    </message>
    <message>
        <source>Record {index}, {field}</source>
        <translation>第 {index} 条记录，{field}</translation>
    </message>
</context>
<context>
    <name>Cells</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>CertificationsPanel</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n 天前</numerusform></translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>{status} (by hand)</source>
        <translation>{status}（手动设置）</translation>
    </message>
    <message>
        <source>whole range</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>{kind}, {when}</source>
        <translation>{kind}，{when}</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation><numerusform>另有 %n 项</numerusform></translation>
    </message>
    <message>
        <source>{count} ({which})</source>
        <translation>{count}（{which}）</translation>
    </message>
    <message>
        <source>No registration or certificate recorded: none lets this supplier ship to China.</source>
        <translation>未记录任何注册或证书：该供应商目前无法向中国发货。</translation>
    </message>
    <message numerus="yes">
        <source>%n active registration(s)</source>
        <translation><numerusform>%n 项有效注册</numerusform></translation>
    </message>
    <message>
        <source>no active registration</source>
        <translation>无有效注册</translation>
    </message>
    <message numerus="yes">
        <source>%n active certificate(s)</source>
        <translation><numerusform>%n 份有效证书</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) expired</source>
        <translation><numerusform>%n 项注册已过期</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expired</source>
        <translation><numerusform>%n 份证书已过期</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n suspended</source>
        <translation><numerusform>%n 项已暂停</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n due within {days} days</source>
        <translation><numerusform>%n 项将在 {days} 天内到期</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation><numerusform>%n 项待定</numerusform></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>产季</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
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
        <source>Files of the row chosen</source>
        <translation>所选行的文件</translation>
    </message>
    <message>
        <source>Files: not available in this version</source>
        <translation>文件：此版本不可用</translation>
    </message>
    <message>
        <source>The registrations could not be read.</source>
        <translation>无法读取注册信息。</translation>
    </message>
    <message>
        <source>Files: choose a row to see its evidence</source>
        <translation>文件：选择一行以查看其证明文件</translation>
    </message>
    <message>
        <source>Files of {name}</source>
        <translation>{name} 的文件</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>删除 {name}？</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Default columns</source>
        <translation>默认列</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Choose the columns this list shows (and exports)</source>
        <translation>选择此列表显示（及导出）的列</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>单击排序；右键单击选择列</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>ETD</source>
        <translation>预计离港 (ETD)</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>预计到港 (ETA)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目的港</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Landed /kg</source>
        <translation>到岸成本 /kg</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>我方</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差价</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Target volume</source>
        <translation>目标数量</translation>
    </message>
    <message>
        <source>Volume unit</source>
        <translation>数量单位</translation>
    </message>
    <message>
        <source>Target price</source>
        <translation>目标价</translation>
    </message>
    <message>
        <source>Price in</source>
        <translation>计价单位</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Delivery from</source>
        <translation>交货起始</translation>
    </message>
    <message>
        <source>Delivery to</source>
        <translation>交货截止</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>报价数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Container / AWB</source>
        <translation>集装箱号 / 空运单号</translation>
    </message>
    <message>
        <source>Docs missing</source>
        <translation>缺少单证</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>集装箱号</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>封条号</translation>
    </message>
    <message>
        <source>B/L / AWB</source>
        <translation>提单 (B/L) / 空运单</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运人</translation>
    </message>
    <message>
        <source>Vessel / flight</source>
        <translation>船名 / 航班</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起运港</translation>
    </message>
    <message>
        <source>ATD</source>
        <translation>实际离港 (ATD)</translation>
    </message>
    <message>
        <source>ATA</source>
        <translation>实际到港 (ATA)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Missing: {inputs}</source>
        <translation>缺少：{inputs}</translation>
    </message>
    <message>
        <source>Landed in China per kg, {currency}, at the rates of {day}</source>
        <translation>每公斤中国到岸成本，{currency}，按 {day} 的汇率</translation>
    </message>
    <message>
        <source>Offer of {day}, expired on {until}</source>
        <translation>{day} 的报价，已于 {until} 过期</translation>
    </message>
    <message>
        <source>Offer of {day}, valid until {until}</source>
        <translation>{day} 的报价，有效期至 {until}</translation>
    </message>
    <message>
        <source>Double-click to open the negotiation</source>
        <translation>双击打开该谈判</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>原产地</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>贸易术语</translation>
    </message>
    <message>
        <source>Offer date</source>
        <translation>报价日期</translation>
    </message>
    <message>
        <source>Price as offered</source>
        <translation>报价（原币）</translation>
    </message>
    <message>
        <source>Landed / kg</source>
        <translation>到岸成本 / kg</translation>
    </message>
    <message>
        <source>Missing inputs</source>
        <translation>缺少的数据</translation>
    </message>
    <message>
        <source>Products with at least one supplier offer</source>
        <translation>至少有一个供应商报价的产品</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>导出 .xlsx…</translation>
    </message>
    <message>
        <source>Save this comparison as an Excel workbook</source>
        <translation>将此比较保存为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Compare offers</source>
        <translation>比较报价</translation>
    </message>
    <message>
        <source>Loading offers…</source>
        <translation>正在加载报价…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No supplier has made an offer yet: offers are recorded in a negotiation.</source>
        <translation>还没有供应商报价：报价记录在谈判中。</translation>
    </message>
    <message>
        <source>No supplier offer for this product.</source>
        <translation>此产品没有供应商报价。</translation>
    </message>
    <message>
        <source>The offers could not be read.</source>
        <translation>无法读取报价。</translation>
    </message>
    <message>
        <source>import VAT included</source>
        <translation>含进口增值税</translation>
    </message>
    <message>
        <source>import VAT left out</source>
        <translation>不含进口增值税</translation>
    </message>
    <message>
        <source>Landed cost per kg in {currency}, {vat}: each supplier's latest offer at the rates of its date, cheapest first.</source>
        <translation>每公斤到岸成本（{currency}，{vat}）：各供应商的最新报价，按报价当日汇率计算，从低到高排列。</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) lacking an input (named in the last column).</source>
        <translation>
            <numerusform>%n 个报价缺少数据（见最后一列）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>导出比较结果</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s) with an offer</source>
        <translation>
            <numerusform>%n 个供应商有报价</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceListDialog</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Double-click a row to open its supplier.</source>
        <translation>双击一行可打开其供应商。</translation>
    </message>
    <message>
        <source>Registrations and certificates expired</source>
        <translation>已过期的注册和证书</translation>
    </message>
    <message>
        <source>Registrations and certificates suspended</source>
        <translation>已暂停的注册和证书</translation>
    </message>
    <message numerus="yes">
        <source>Registrations and certificates due within %n day(s)</source>
        <translation>
            <numerusform>%n 天内到期的注册和证书</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>{rows} (the first {shown} shown)</source>
        <translation>{rows}（显示前 {shown} 行）</translation>
    </message>
    <message>
        <source>The rows could not be read.</source>
        <translation>无法读取这些行。</translation>
    </message>
</context>
<context>
    <name>ComplianceStatus</name>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>ComplianceStrip</name>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Registrations (GACC, SAG, SENASICA, SENASA) and certificates of the suppliers</source>
        <translation>供应商的注册（GACC、SAG、SENASICA、SENASA）和证书</translation>
    </message>
</context>
<context>
    <name>ComplianceWarning</name>
    <message>
        <source>Compliance warning</source>
        <translation>合规警告</translation>
    </message>
    <message>
        <source>Saved. The change is recorded with this warning in the history:</source>
        <translation>已保存。此更改及以下警告已记入历史记录：</translation>
    </message>
</context>
<context>
    <name>ComplianceWarnings</name>
    <message>
        <source>expired on {date}</source>
        <translation>已于 {date} 过期</translation>
    </message>
    <message>
        <source>is pending until {date}</source>
        <translation>在 {date} 之前待定</translation>
    </message>
    <message>
        <source>is pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>is suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>is expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>is active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Compliance warning: {supplier} has no registration for China covering {product} (GACC, SAG CSG/CSP, SENASICA or SENASA): none is recorded.</source>
        <translation>合规警告：{supplier} 没有覆盖 {product} 的对华注册（GACC、SAG CSG/CSP、SENASICA 或 SENASA）：尚无任何记录。</translation>
    </message>
    <message>
        <source>Compliance warning: {supplier} has no active registration covering {product}: {row} {state}.</source>
        <translation>合规警告：{supplier} 没有覆盖 {product} 的有效注册：{row} {state}。</translation>
    </message>
    <message>
        <source>Compliance warning: {row} of {supplier}, covering {product}, expires on {date}, before the ETA {eta}.</source>
        <translation>合规警告：{supplier} 覆盖 {product} 的 {row} 将于 {date} 到期，早于预计到港 (ETA) {eta}。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>{entity} changed while you were editing</source>
        <translation>{entity}在您编辑期间已被更改</translation>
    </message>
    <message>
        <source>Someone else saved this {entity} after you opened it. Your changes were not saved. For each field both of you changed, choose the value to keep; fields only one of you changed keep that change.</source>
        <translation>在您打开此{entity}之后，其他人已保存了它。您的更改尚未保存。对于双方都更改过的字段，请选择要保留的值；只有一方更改过的字段将保留该更改。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>您打开时</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>对方的（已保存）</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>按所选保存</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>放弃我的更改</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Off (no encryption)</source>
        <translation>关闭（不加密）</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>服务器支持时启用</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Required, with the server's certificate checked</source>
        <translation>必需，并校验服务器证书</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password cannot be remembered and is kept for this session only.</source>
        <translation>此电脑没有密钥环：无法记住密码，密码仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>Connect to team database</source>
        <translation>连接团队数据库</translation>
    </message>
    <message>
        <source>A server on another computer is always reached with encryption; with a certificate authority's file its certificate and name are checked too</source>
        <translation>连接其他计算机上的服务器时始终加密；提供证书颁发机构文件后，还会校验服务器的证书和名称</translation>
    </message>
    <message>
        <source>Optional: the CA's certificate file (.pem)</source>
        <translation>可选：CA 证书文件（.pem）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Remember the password (in this computer's keyring)</source>
        <translation>记住密码（保存在此电脑的密钥环中）</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>加密 (TLS)</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Use the local database</source>
        <translation>使用本地数据库</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>The team's PostgreSQL server. Ask whoever set it up for these details.</source>
        <translation>团队的 PostgreSQL 服务器。请向负责搭建的人员索取这些信息。</translation>
    </message>
    <message>
        <source>The certificate authority's file</source>
        <translation>证书颁发机构文件</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>正在连接 {server}…</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Open the local database</source>
        <translation>打开本地数据库</translation>
    </message>
    <message>
        <source>Connection…</source>
        <translation>连接设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>There is no Supplier Desk database there yet.</source>
        <translation>该位置还没有 Supplier Desk 数据库。</translation>
    </message>
    <message>
        <source>{reason}.

Create a new, empty database there?</source>
        <translation>{reason}。

要在该位置新建一个空数据库吗？</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>The database cannot be opened.

{reason}</source>
        <translation>无法打开数据库。

{reason}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact at {supplier}</source>
        <translation>{supplier} 的新联系人</translation>
    </message>
    <message>
        <source>Contact at {supplier}</source>
        <translation>{supplier} 的联系人</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>保存联系人</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Type a supplier's name…</source>
        <translation>输入供应商名称…</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>e.g. sales manager, export director</source>
        <translation>例如：销售经理、出口总监</translation>
    </message>
    <message>
        <source>local or +country code</source>
        <translation>本地号码或 +国家代码</translation>
    </message>
    <message>
        <source>Main contact at this supplier</source>
        <translation>该供应商的主要联系人</translation>
    </message>
    <message>
        <source>choose the supplier from the list</source>
        <translation>请从列表中选择供应商</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
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
        <source>Write email</source>
        <translation>写邮件</translation>
    </message>
    <message>
        <source>A new mail to this contact (or click the address)</source>
        <translation>给该联系人写新邮件（或点击邮箱地址）</translation>
    </message>
    <message>
        <source>WhatsApp chat</source>
        <translation>WhatsApp 聊天</translation>
    </message>
    <message>
        <source>Open a WhatsApp chat (or click the number)</source>
        <translation>打开 WhatsApp 聊天（或点击号码）</translation>
    </message>
    <message>
        <source>Copy WeChat ID</source>
        <translation>复制微信号</translation>
    </message>
    <message>
        <source>Copy the WeChat ID to paste it in WeChat</source>
        <translation>复制微信号，以便粘贴到微信中</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Delete {name}? This cannot be undone.</source>
        <translation>删除 {name}？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Contact not deleted</source>
        <translation>联系人未删除</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Any country</source>
        <translation>任意国家</translation>
    </message>
    <message>
        <source>Search contacts…</source>
        <translation>搜索联系人…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln 个联系人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountTile</name>
    <message>
        <source>Click to list them</source>
        <translation>点击查看列表</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已暂停</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>%n 天内到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashLog</name>
    <message>
        <source>unexpected error ({summary}); details in {path}</source>
        <translation>意外错误（{summary}）；详情见 {path}</translation>
    </message>
    <message>
        <source>unexpected error ({summary})</source>
        <translation>意外错误（{summary}）</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>货运</translation>
    </message>
    <message>
        <source>A supplier list from Excel, LibreOffice or CSV comes in with this button, with File ▸ Import spreadsheet (Ctrl+I), or by dropping the file on this window.</source>
        <translation>Excel、LibreOffice 或 CSV 格式的供应商清单，可用此按钮、“文件 ▸ 导入电子表格”（Ctrl+I）或把文件拖到本窗口来导入。</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{day} ({late})</source>
        <translation>{day}（{late}）</translation>
    </message>
    <message>
        <source>{rate} (via {pivot}, {day})</source>
        <translation>{rate}（经 {pivot}，{day}）</translation>
    </message>
    <message>
        <source>{rate} ({day})</source>
        <translation>{rate}（{day}）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>无法读取数据。</translation>
    </message>
    <message>
        <source>No suppliers yet</source>
        <translation>还没有供应商</translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n 个供应商</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>DocumentsChecklist</name>
    <message>
        <source>Changes here are saved at once.</source>
        <translation>此处的更改会立即保存。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>{document}: {status}</source>
        <translation>{document}：{status}</translation>
    </message>
    <message>
        <source>The checklist appears once the shipment is saved.</source>
        <translation>保存货运后将显示单据清单。</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} missing</source>
        <translation>
            <numerusform>缺 %n 份（共 {total} 份）</numerusform>
        </translation>
    </message>
    <message>
        <source>{document} not saved: {reason}</source>
        <translation>{document} 未保存：{reason}</translation>
    </message>
    <message>
        <source>Document not saved</source>
        <translation>单据未保存</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Open it</source>
        <translation>打开它</translation>
    </message>
    <message>
        <source>Show the existing supplier instead</source>
        <translation>改为显示已有的供应商</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>It is another company: save this new supplier</source>
        <translation>这是另一家公司：保存这个新供应商</translation>
    </message>
    <message>
        <source>A supplier like this exists: {name} ({country})</source>
        <translation>已有类似的供应商：{name}（{country}）</translation>
    </message>
    <message>
        <source>{supplier} (archived)</source>
        <translation>{supplier}（已归档）</translation>
    </message>
    <message numerus="yes">
        <source>{supplier} and %n more like it</source>
        <translation>
            <numerusform>{supplier}，另有%n个类似的</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>编辑产品</translation>
    </message>
    <message>
        <source>e.g. 0804.40</source>
        <translation>例如：0804.40</translation>
    </message>
    <message>
        <source>net kg in one box or carton</source>
        <translation>每箱（纸箱）净重 kg</translation>
    </message>
    <message>
        <source>net kg in a 20' reefer</source>
        <translation>一个 20' 冷藏集装箱的净重 kg</translation>
    </message>
    <message>
        <source>net kg in a 40' reefer</source>
        <translation>一个 40' 冷藏集装箱的净重 kg</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Shelf life (days)</source>
        <translation>保质期（天）</translation>
    </message>
    <message>
        <source>Lowest temperature (°C)</source>
        <translation>最低温度（°C）</translation>
    </message>
    <message>
        <source>Highest temperature (°C)</source>
        <translation>最高温度（°C）</translation>
    </message>
    <message>
        <source>Net kg per box</source>
        <translation>每箱净重 kg</translation>
    </message>
    <message>
        <source>Net kg per 20' container</source>
        <translation>每个 20' 集装箱净重 kg</translation>
    </message>
    <message>
        <source>Net kg per 40' container</source>
        <translation>每个 40' 集装箱净重 kg</translation>
    </message>
    <message>
        <source>Sold for Chinese New Year</source>
        <translation>面向春节销售</translation>
    </message>
    <message>
        <source>A shipment landing after the Chinese New Year it aims at is flagged</source>
        <translation>货物若在其目标春节之后到港，将被标记</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>产季</translation>
    </message>
    <message>
        <source>{name} saved</source>
        <translation>{name} 已保存</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Shipment document</source>
        <translation>货运单证</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Freight route</source>
        <translation>运费航线</translation>
    </message>
    <message>
        <source>Freight charge</source>
        <translation>运杂费</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>产季</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>货运</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单证</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>关税税率</translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <source>Please correct:

{errors}</source>
        <translation>请更正：

{errors}</translation>
    </message>
    <message>
        <source>Something went wrong: {summary}

The details were written to:
{file}

Your data is safe: the last change was not saved.</source>
        <translation>出现问题：{summary}

详细信息已写入：
{file}

您的数据是安全的：最后一次更改未保存。</translation>
    </message>
    <message>
        <source>Something went wrong: {summary}

Your data is safe: the last change was not saved.</source>
        <translation>出现问题：{summary}

您的数据是安全的：最后一次更改未保存。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{label}: {message}</source>
        <translation>{label}：{message}</translation>
    </message>
    <message>
        <source>{entity} {key} does not exist</source>
        <translation>{entity} {key} 不存在</translation>
    </message>
    <message>
        <source>{entity} {key} was changed by someone else (it has been deleted)</source>
        <translation>{entity} {key} 已被他人修改（已被删除）</translation>
    </message>
    <message>
        <source>{entity} {key} was changed by someone else (it is now at version {actual}, you edited version {expected})</source>
        <translation>{entity} {key} 已被他人修改（当前为第 {actual} 版，您编辑的是第 {expected} 版）</translation>
    </message>
    <message>
        <source>{entity} could not be saved: {reason}</source>
        <translation>{entity} 无法保存：{reason}</translation>
    </message>
    <message>
        <source>another record already has the same value</source>
        <translation>已有其他记录使用相同的值</translation>
    </message>
    <message>
        <source>it refers to a record that does not exist, or others still refer to it</source>
        <translation>它引用了不存在的记录，或仍有其他记录引用它</translation>
    </message>
    <message>
        <source>a value is out of range</source>
        <translation>有值超出范围</translation>
    </message>
    <message>
        <source>a required value is missing</source>
        <translation>缺少必填值</translation>
    </message>
    <message>
        <source>the database refused it</source>
        <translation>数据库拒绝了该操作</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export suppliers</source>
        <translation>导出供应商</translation>
    </message>
    <message>
        <source>Export negotiations</source>
        <translation>导出谈判</translation>
    </message>
    <message>
        <source>Export shipments</source>
        <translation>导出货运</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <source>Deal sheet language</source>
        <translation>交易概要语言</translation>
    </message>
    <message>
        <source>Deal sheet for</source>
        <translation>交易概要用于</translation>
    </message>
    <message>
        <source>The partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>No target price, gap, landed cost, internal notes, follow-ups or missing documents</source>
        <translation>不含目标价、差价、到岸成本、内部备注、跟进和缺失文件</translation>
    </message>
    <message>
        <source>Internal use</source>
        <translation>内部使用</translation>
    </message>
    <message>
        <source>Everything, with the landed cost of the latest offers</source>
        <translation>全部内容，含最新报价的到岸成本</translation>
    </message>
    <message>
        <source>Deal sheet (PDF)…</source>
        <translation>交易概要 (PDF)…</translation>
    </message>
    <message>
        <source>Deal sheet (Excel)…</source>
        <translation>交易概要 (Excel)…</translation>
    </message>
    <message>
        <source>Send deal sheet by email…</source>
        <translation>通过电子邮件发送交易概要…</translation>
    </message>
    <message>
        <source>Pipeline report (Excel)…</source>
        <translation>在谈交易报告 (Excel)…</translation>
    </message>
    <message>
        <source>Pipeline report (PDF)…</source>
        <translation>在谈交易报告 (PDF)…</translation>
    </message>
    <message>
        <source>This list (Excel)…</source>
        <translation>当前列表 (Excel)…</translation>
    </message>
    <message>
        <source>This list (CSV)…</source>
        <translation>当前列表 (CSV)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Select a negotiation first</source>
        <translation>请先选择一个谈判</translation>
    </message>
    <message>
        <source>Export the deal sheet</source>
        <translation>导出交易概要</translation>
    </message>
    <message>
        <source>Export the pipeline report</source>
        <translation>导出在谈交易报告</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Exporting to {name}…</source>
        <translation>正在导出到 {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>已将 {name} 保存到 {folder}。</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>In the header of every sheet</source>
        <translation>显示在每份文件的页眉</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>标志文件</translation>
    </message>
    <message>
        <source>A PNG or JPEG image; none if empty</source>
        <translation>PNG 或 JPEG 图片；留空则不使用</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <source>Your name as sheets show it</source>
        <translation>文件上显示的您的姓名</translation>
    </message>
    <message>
        <source>Default label language</source>
        <translation>默认标签语言</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张尺寸</translation>
    </message>
    <message>
        <source>Deal sheets are for</source>
        <translation>交易概要用于</translation>
    </message>
    <message>
        <source>The partner's sheet leaves out the target price, gap, landed cost, internal notes, follow-ups and missing documents; the internal one has them all</source>
        <translation>给合作方的版本不含目标价、差价、到岸成本、内部备注、跟进和缺失单据；内部版本包含全部内容。</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>报告币种</translation>
    </message>
    <message>
        <source>Landed costs and pipeline totals are given in it</source>
        <translation>到岸成本和交易管道合计以此币种显示</translation>
    </message>
    <message>
        <source>Import VAT in landed cost</source>
        <translation>到岸成本含进口增值税</translation>
    </message>
    <message>
        <source>Leave it out when the importer recovers input VAT</source>
        <translation>进口商可抵扣进项增值税时不计入</translation>
    </message>
    <message>
        <source>Compliance warning window (days)</source>
        <translation>合规预警期（天）</translation>
    </message>
    <message>
        <source>A registration or certificate that runs out within this many days is due (amber, Home's Compliance card, the suppliers' marker)</source>
        <translation>在此天数内到期的注册或证书视为即将到期（琥珀色标记，见首页“合规”卡片和供应商标记）。</translation>
    </message>
    <message>
        <source>Largest attached file (MB)</source>
        <translation>附件大小上限（MB）</translation>
    </message>
    <message>
        <source>A file over this size is refused when attached to a record ({low} to {high} MB; every file is kept in the database)</source>
        <translation>超过此大小的文件不能附加到记录（{low} 至 {high} MB；所有文件都保存在数据库中）。</translation>
    </message>
    <message>
        <source>Shelf-life margin (days)</source>
        <translation>保质期余量（天）</translation>
    </message>
    <message>
        <source>A shipment whose transit (ETA - ETD) leaves fewer days than this of its product's shelf life is flagged (Season view, the shipment form)</source>
        <translation>运输时间（ETA - ETD）扣除后剩余保质期少于此天数的货运会被标记（见产季视图和货运表单）。</translation>
    </message>
    <message>
        <source>cannot save the export settings to {path}: {reason}</source>
        <translation>无法将导出设置保存到 {path}：{reason}</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>美式信纸</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>Left out (VAT recovered)</source>
        <translation>不计入（增值税可抵扣）</translation>
    </message>
    <message>
        <source>The partner (nothing internal)</source>
        <translation>合作方（不含内部信息）</translation>
    </message>
    <message>
        <source>Internal use (everything, with landed costs)</source>
        <translation>内部使用（全部信息，含到岸成本）</translation>
    </message>
    <message>
        <source>No such file: {file}</source>
        <translation>文件不存在：{file}</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image file</source>
        <translation>{file} 是文件夹，不是图片文件</translation>
    </message>
    <message>
        <source>{file} is not an image that can be read</source>
        <translation>{file} 不是可读取的图片</translation>
    </message>
    <message>
        <source>{file} is a {format} image: use a PNG or JPEG</source>
        <translation>{file} 是 {format} 图片：请使用 PNG 或 JPEG</translation>
    </message>
</context>
<context>
    <name>ExportSettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>{user} (your user name)</source>
        <translation>{user}（您的用户名）</translation>
    </message>
    <message>
        <source>Deal sheets and the pipeline report show these. The language, the paper and whom a deal sheet is for are the defaults of each export.</source>
        <translation>交易概要和销售进度报告会显示这些信息。语言、纸张以及交易概要的对象是每次导出的默认值。</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The change takes effect the next time Supplier Desk starts.</source>
        <translation>更改将在下次启动 Supplier Desk 时生效。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>所在文件夹不存在</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>这是一个设备，不是文件</translation>
    </message>
    <message>
        <source>it is a pipe (FIFO), not a file</source>
        <translation>这是一个管道（FIFO），不是文件</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>这是一个套接字，不是文件</translation>
    </message>
    <message>
        <source>it is a link that leads nowhere (a loop)</source>
        <translation>这是一个无效链接（循环）</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>这不是普通文件</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}: choose a file name</source>
        <translation>无法写入 {path}：{reason}：请选择一个文件名</translation>
    </message>
    <message>
        <source>{path} is read-only: choose another name or make it writable</source>
        <translation>{path} 是只读的：请换一个文件名或将其设为可写</translation>
    </message>
    <message>
        <source>cannot write {path}: a list exports to .xlsx or .csv</source>
        <translation>无法写入 {path}：列表只能导出为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>logo file {path} not found; the sheet was made without a logo</source>
        <translation>找不到标志文件 {path}；文件已生成，但没有标志</translation>
    </message>
    <message>
        <source>logo file {path} could not be read ({reason}); the sheet was made without a logo</source>
        <translation>无法读取标志文件 {path}（{reason}）；文件已生成，但没有标志</translation>
    </message>
    <message>
        <source>cannot lay out the pipeline report: {reason}</source>
        <translation>无法排版交易管道报告：{reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: the pipeline report exports to .xlsx or .pdf</source>
        <translation>无法写入 {path}：交易管道报告只能导出为 .xlsx 或 .pdf</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Site kind</source>
        <translation>场所类型</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>场所地址</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>产季</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Attach to</source>
        <translation>附加到</translation>
    </message>
    <message>
        <source>From port</source>
        <translation>起运港</translation>
    </message>
    <message>
        <source>To port</source>
        <translation>目的港</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Freight cost</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>计费单位</translation>
    </message>
    <message>
        <source>Payload kg</source>
        <translation>载重（kg）</translation>
    </message>
    <message>
        <source>Insurance %</source>
        <translation>保险费率 %</translation>
    </message>
    <message>
        <source>Cover %</source>
        <translation>保额比例 %</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>航线</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>港口</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
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
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Grade / size</source>
        <translation>等级 / 规格</translation>
    </message>
    <message>
        <source>Target volume</source>
        <translation>目标数量</translation>
    </message>
    <message>
        <source>Volume unit</source>
        <translation>数量单位</translation>
    </message>
    <message>
        <source>Target price</source>
        <translation>目标价</translation>
    </message>
    <message>
        <source>Price per</source>
        <translation>计价单位</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>Incoterm place</source>
        <translation>Incoterm 地点</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>装货港</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>卸货港</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Delivery from</source>
        <translation>交货开始</translation>
    </message>
    <message>
        <source>Delivery to</source>
        <translation>交货截止</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Shelf life (days)</source>
        <translation>保质期（天）</translation>
    </message>
    <message>
        <source>Lowest temperature (°C)</source>
        <translation>最低温度（°C）</translation>
    </message>
    <message>
        <source>Highest temperature (°C)</source>
        <translation>最高温度（°C）</translation>
    </message>
    <message>
        <source>Net kg per box</source>
        <translation>每箱净重 kg</translation>
    </message>
    <message>
        <source>Net kg per 20' container</source>
        <translation>每 20' 集装箱净重 kg</translation>
    </message>
    <message>
        <source>Net kg per 40' container</source>
        <translation>每 40' 集装箱净重 kg</translation>
    </message>
    <message>
        <source>For Chinese New Year</source>
        <translation>供春节销售</translation>
    </message>
    <message>
        <source>Shipping months</source>
        <translation>发运月份</translation>
    </message>
    <message>
        <source>Peak months</source>
        <translation>旺季月份</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>原产地</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>集装箱号</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>封条号</translation>
    </message>
    <message>
        <source>B/L or AWB</source>
        <translation>提单 (B/L) 或空运单</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运人</translation>
    </message>
    <message>
        <source>Vessel / flight</source>
        <translation>船名 / 航班</translation>
    </message>
    <message>
        <source>Reefer set-point (°C)</source>
        <translation>冷藏箱设定温度（°C）</translation>
    </message>
    <message>
        <source>ETD</source>
        <translation>预计离港 (ETD)</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>预计到港 (ETA)</translation>
    </message>
    <message>
        <source>Actual departure</source>
        <translation>实际离港</translation>
    </message>
    <message>
        <source>Actual arrival</source>
        <translation>实际到港</translation>
    </message>
    <message>
        <source>Incident notes</source>
        <translation>异常备注</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单证</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>法定名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Duty %</source>
        <translation>关税 %</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>税率类型</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>增值税 %</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Automatic (found per column)</source>
        <translation>自动（按列识别）</translation>
    </message>
    <message>
        <source>1.234,56 (decimal comma)</source>
        <translation>1.234,56（小数逗号）</translation>
    </message>
    <message>
        <source>1,234.56 (decimal point)</source>
        <translation>1,234.56（小数点）</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>日在前（31/12/2026）</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>月在前（12/31/2026）</translation>
    </message>
    <message>
        <source>Year first (2026-12-31)</source>
        <translation>年在前（2026-12-31）</translation>
    </message>
    <message>
        <source>Type or paste the file's path, choose it, or drop it on this window</source>
        <translation>输入或粘贴文件路径、选择文件，或将文件拖到此窗口</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>A list of suppliers</source>
        <translation>供应商名单</translation>
    </message>
    <message>
        <source>A supplier's price list</source>
        <translation>某个供应商的价格表</translation>
    </message>
    <message>
        <source>Type a supplier's name…</source>
        <translation>输入供应商名称…</translation>
    </message>
    <message>
        <source>Leave empty when the sheet has a supplier column (each row names its supplier).</source>
        <translation>如果表格中有供应商列（每行注明其供应商），请留空。</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>供应商：</translation>
    </message>
    <message>
        <source>All sheets with these columns</source>
        <translation>所有含这些列的工作表</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>The row that holds the column names; Automatic finds it (title rows above it are skipped)</source>
        <translation>含列名的行；选“自动”时会自动查找（其上方的标题行将被跳过）</translation>
    </message>
    <message>
        <source>None: every row names its country</source>
        <translation>无：每行都注明国家</translation>
    </message>
    <message>
        <source>Given to rows without a country (a sheet from one country)</source>
        <translation>用于未注明国家的行（表格中全部来自同一国家时）</translation>
    </message>
    <message>
        <source>Import a list of suppliers, or one supplier's prices, from Excel (.xlsx, .xls), LibreOffice (.ods) or text (.csv, .tsv). Nothing is written until the last step, and an import can be undone.</source>
        <translation>从 Excel（.xlsx、.xls）、LibreOffice（.ods）或文本文件（.csv、.tsv）导入供应商名单或某个供应商的价格。在最后一步之前不会写入任何数据，导入后也可以撤销。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>表头行：</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>数字：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Default country:</source>
        <translation>默认国家：</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>电子表格</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <source>File: there is no file at this path; check it, or use Choose…</source>
        <translation>文件：此路径下没有文件；请检查路径，或点击“选择…”</translation>
    </message>
    <message>
        <source>File: this path is a folder; add the file's name, or use Choose…</source>
        <translation>文件：此路径是文件夹；请补上文件名，或点击“选择…”</translation>
    </message>
    <message>
        <source>Reading the sheets…</source>
        <translation>正在读取工作表…</translation>
    </message>
    <message numerus="yes">
        <source>{kind} file, %n sheet(s)</source>
        <translation>
            <numerusform>{kind} 文件，%n 个工作表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>File, %n sheet(s)</source>
        <translation>
            <numerusform>文件，%n 个工作表</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} file</source>
        <translation>{kind} 文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>Default country: '{code}' is not in the list.</source>
        <translation>默认国家：“{code}”不在列表中。</translation>
    </message>
    <message>
        <source>Supplier: pick '{name}' from the list.</source>
        <translation>供应商：请从列表中选择“{name}”。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n 字节</numerusform></translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} 字节</translation>
    </message>
    <message>
        <source>{name} is {size}: over the limit of {limit} per file (the limit is a setting: File &gt; Preferences…)</source>
        <translation>{name} 大小为 {size}：超过每个文件 {limit} 的上限（上限可在“文件 &gt; 首选项…”中修改）</translation>
    </message>
    <message>
        <source>{name} got shorter while it was read: attach it again</source>
        <translation>{name} 在读取过程中变短了：请重新附加</translation>
    </message>
    <message>
        <source>{name} grew while it was read: attach it again once it is complete</source>
        <translation>{name} 在读取过程中变大了：请在文件完整后重新附加</translation>
    </message>
    <message>
        <source>cannot attach {path}: it is a folder</source>
        <translation>无法附加 {path}：这是一个文件夹</translation>
    </message>
    <message>
        <source>cannot attach {path}: no such file</source>
        <translation>无法附加 {path}：文件不存在</translation>
    </message>
    <message>
        <source>cannot attach {path}: permission denied</source>
        <translation>无法附加 {path}：没有权限</translation>
    </message>
    <message>
        <source>cannot attach {path}: {reason}</source>
        <translation>无法附加 {path}：{reason}</translation>
    </message>
    <message>
        <source>{name} changed while it was read: attach it again</source>
        <translation>{name} 在读取过程中被修改：请重新附加</translation>
    </message>
    <message>
        <source>is required for bytes</source>
        <translation>传入字节内容时必填</translation>
    </message>
</context>
<context>
    <name>FilesButton</name>
    <message>
        <source>Attach</source>
        <translation>附加</translation>
    </message>
    <message>
        <source>Files ({count})</source>
        <translation>文件（{count}）</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached to {title}: click to see them, or drop files here</source>
        <translation>
            <numerusform>{title} 已附加 %n 个文件：点击查看，或将文件拖放到此处</numerusform>
        </translation>
    </message>
    <message>
        <source>No file attached to {title}: click to attach, or drop files here</source>
        <translation>{title} 尚未附加文件：点击附加，或将文件拖放到此处</translation>
    </message>
    <message>
        <source>Files: {title}</source>
        <translation>文件：{title}</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>About</source>
        <translation>相关记录</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>货运</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}: {about}</source>
        <translation>{kind}：{about}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>未来 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group}（{count}）</translation>
    </message>
    <message>
        <source>{group}: none</source>
        <translation>{group}：无</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done</source>
        <translation>将所选跟进标记为已完成</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show the record this follow-up is about (double-click)</source>
        <translation>显示此跟进相关的记录（双击）</translation>
    </message>
    <message>
        <source>Double-click a follow-up to open what it is about.</source>
        <translation>双击跟进可打开其相关记录。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>{overdue} overdue, {today} due today, {upcoming} in the next %n day(s)</source>
        <translation>
            <numerusform>{overdue} 项逾期，{today} 项今天到期，{upcoming} 项在未来 %n 天内</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to follow up this week</source>
        <translation>本周没有需要跟进的事项</translation>
    </message>
    <message>
        <source>Follow-ups: {count} overdue</source>
        <translation>跟进：{count} 项逾期</translation>
    </message>
    <message>
        <source>Follow-ups: nothing overdue</source>
        <translation>跟进：无逾期</translation>
    </message>
    <message>
        <source>Follow-up not updated</source>
        <translation>跟进未更新</translation>
    </message>
</context>
<context>
    <name>Freight</name>
    <message>
        <source>{value} is under 100: insurance covers at least the value (Incoterms 2020's minimum is 110)</source>
        <translation>{value} 低于 100：保险至少要覆盖货值（Incoterms 2020 的最低值为 110）</translation>
    </message>
    <message>
        <source>is required when the cost is per container: give the kg one carries</source>
        <translation>按集装箱计费时必填：请填写一个集装箱装载的 kg</translation>
    </message>
    <message>
        <source>give a route or a port the charge is at</source>
        <translation>请填写该费用所属的航线或港口</translation>
    </message>
    <message>
        <source>there is no freight route {id}</source>
        <translation>不存在运费航线 {id}</translation>
    </message>
    <message>
        <source>{value} is not a origin charge: one of {kinds}</source>
        <translation>{value} 不是起运地费用：应为 {kinds} 之一</translation>
    </message>
    <message>
        <source>{value} is not a destination charge: one of {kinds}</source>
        <translation>{value} 不是目的地费用：应为 {kinds} 之一</translation>
    </message>
    <message>
        <source>no freight route can be looked up: {reason}</source>
        <translation>无法查找运费航线：{reason}</translation>
    </message>
    <message>
        <source>no air freight route from {origin} to {destination} on {date}: add one with `{command}`</source>
        <translation>{date} 没有从 {origin} 到 {destination} 的空运航线：请用 `{command}` 添加</translation>
    </message>
    <message>
        <source>no sea freight route from {origin} to {destination} on {date}: add one with `{command}`</source>
        <translation>{date} 没有从 {origin} 到 {destination} 的海运航线：请用 `{command}` 添加</translation>
    </message>
</context>
<context>
    <name>FreightDialog</name>
    <message>
        <source>From → to</source>
        <translation>起运 → 目的</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Payload kg</source>
        <translation>载重 kg</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>起运/目的</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>计费单位</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>港口</translation>
    </message>
    <message>
        <source>Freight and charges</source>
        <translation>运费和附加费</translation>
    </message>
    <message>
        <source>Charges of the chosen route</source>
        <translation>所选航线的费用</translation>
    </message>
    <message>
        <source>Port charges (any route through the port)</source>
        <translation>港口费用（适用于经该港口的所有航线）</translation>
    </message>
    <message>
        <source>Add route…</source>
        <translation>添加航线…</translation>
    </message>
    <message>
        <source>Add charge…</source>
        <translation>添加费用…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the charge chosen, else the route chosen with its charges</source>
        <translation>删除所选费用；未选费用时，删除所选航线及其费用</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>{amount} {currency} / container</source>
        <translation>{amount} {currency}/集装箱</translation>
    </message>
    <message>
        <source>{amount} {currency} / kg</source>
        <translation>{amount} {currency}/kg</translation>
    </message>
    <message>
        <source>{rate}% on {cover}%</source>
        <translation>费率 {rate}%，投保 {cover}%</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n 条航线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port charge(s)</source>
        <translation>
            <numerusform>%n 项港口费用</numerusform>
        </translation>
    </message>
    <message>
        <source>Charges of {route}</source>
        <translation>{route} 的费用</translation>
    </message>
    <message>
        <source>the {kind} charge at {where}</source>
        <translation>{where} 的{kind}费用</translation>
    </message>
    <message numerus="yes">
        <source>the route {name} and its %n charge(s)</source>
        <translation>
            <numerusform>航线 {name} 及其 %n 项费用</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>要删除{what}吗？</translation>
    </message>
    <message>
        <source>Deleted {what}</source>
        <translation>已删除{what}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Supplier Desk: user guide</source>
        <translation>Supplier Desk：用户指南</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>货运</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>ETD</source>
        <translation>预计离港 (ETD)</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>预计到港 (ETA)</translation>
    </message>
    <message>
        <source>ATD</source>
        <translation>实际离港 (ATD)</translation>
    </message>
    <message>
        <source>ATA</source>
        <translation>实际到港 (ATA)</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>集装箱号</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>铅封号</translation>
    </message>
    <message>
        <source>B/L or AWB</source>
        <translation>提单 (B/L) 或空运单 (AWB)</translation>
    </message>
    <message>
        <source>Reefer set-point (°C)</source>
        <translation>冷藏设定温度（°C）</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>{side} {price}</source>
        <translation>{side} {price}</translation>
    </message>
    <message>
        <source>import {batch} ({file})</source>
        <translation>导入 {batch}（{file}）</translation>
    </message>
    <message>
        <source>import {batch}</source>
        <translation>导入 {batch}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>{change} (undo of {source})</source>
        <translation>{change}（撤销{source}）</translation>
    </message>
    <message>
        <source>{change} (by {source})</source>
        <translation>{change}（来自{source}）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Import {batch} ({file}) undone</source>
        <translation>导入 {batch}（{file}）已撤销</translation>
    </message>
    <message>
        <source>Import {batch} undone</source>
        <translation>导入 {batch} 已撤销</translation>
    </message>
    <message>
        <source>import {batch} ({file}) undone</source>
        <translation>导入 {batch}（{file}）已撤销</translation>
    </message>
    <message>
        <source>import {batch} undone</source>
        <translation>导入 {batch} 已撤销</translation>
    </message>
    <message>
        <source>Deleted (undo of {source})</source>
        <translation>已删除（撤销{source}）</translation>
    </message>
    <message>
        <source>deleted (undo of {source})</source>
        <translation>已删除（撤销{source}）</translation>
    </message>
    <message>
        <source>{change} by {source}</source>
        <translation>{change}（来自{source}）</translation>
    </message>
    <message>
        <source>{subject}: {change}</source>
        <translation>{subject}：{change}</translation>
    </message>
    <message>
        <source>no history is kept for {entity}; say one of: {known}</source>
        <translation>{entity} 没有历史记录；可选：{known}</translation>
    </message>
    <message>
        <source>{record} '{name}'</source>
        <translation>{record}“{name}”</translation>
    </message>
    <message>
        <source>{record} {id}</source>
        <translation>{record} {id}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Nothing recorded yet: changes appear here once the record is saved.</source>
        <translation>尚无记录：保存记录后，更改会显示在这里。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History not shown</source>
        <translation>无法显示历史记录</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>{kind} number</source>
        <translation>{kind} 编号</translation>
    </message>
    <message>
        <source>{kind} valid until</source>
        <translation>{kind} 有效期至</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>法定名称</translation>
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
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>联系人职务</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>联系人电子邮件</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Contact language</source>
        <translation>联系人语言</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Offer price</source>
        <translation>报价价格</translation>
    </message>
    <message>
        <source>Offer currency</source>
        <translation>报价币种</translation>
    </message>
    <message>
        <source>Offer unit</source>
        <translation>报价单位</translation>
    </message>
    <message>
        <source>Offer Incoterm</source>
        <translation>报价 Incoterm</translation>
    </message>
    <message>
        <source>Offer place</source>
        <translation>报价指定地点</translation>
    </message>
    <message>
        <source>Price date</source>
        <translation>价格日期</translation>
    </message>
    <message>
        <source>Price valid until</source>
        <translation>价格有效期至</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>指定地点</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>价格表</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>导入历史记录</translation>
    </message>
    <message>
        <source>Nothing imported yet: File ▸ Import spreadsheet… (Ctrl+I).</source>
        <translation>尚未导入任何内容：文件 ▸ 导入电子表格…（Ctrl+I）。</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>撤销本次导入…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo import {number} ({file}, {when})? What it created is deleted and what it changed gets its earlier values back; records edited since are kept.</source>
        <translation>撤销第 {number} 次导入（{file}，{when}）？它新建的内容将被删除，它修改的内容将恢复原值；此后被编辑过的记录会保留。</translation>
    </message>
    <message>
        <source>Undoing import {number}…</source>
        <translation>正在撤销第 {number} 次导入…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Something went wrong: {details}</source>
        <translation>出错了：{details}</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ 上一步</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一步 ›</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Preview ›</source>
        <translation>预览 ›</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing to import: every row is unchanged, skipped or has an error.</source>
        <translation>没有可导入的内容：所有行都未变、已跳过或有错误。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Import a spreadsheet: {file}</source>
        <translation>导入电子表格：{file}</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>正在打开 {file}…</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>已取消读取文件。</translation>
    </message>
    <message>
        <source>Reading the columns of {file}…</source>
        <translation>正在读取 {file} 的列…</translation>
    </message>
    <message>
        <source>Checking every row of {file}…</source>
        <translation>正在逐行检查 {file}…</translation>
    </message>
    <message>
        <source>Preview cancelled: nothing was changed.</source>
        <translation>已取消预览：未做任何更改。</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written to the database.</source>
        <translation>已取消导入：没有写入数据库。</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo import {number}? The suppliers it created are deleted and the fields it changed get their earlier values back (records edited since are kept).</source>
        <translation>撤销第 {number} 次导入？它新建的供应商将被删除，它修改的字段将恢复原值（此后被编辑过的记录会保留）。</translation>
    </message>
    <message>
        <source>Undoing import {number}…</source>
        <translation>正在撤销第 {number} 次导入…</translation>
    </message>
    <message>
        <source>Undo cancelled: the import is still in place.</source>
        <translation>已取消撤销：导入的内容仍然保留。</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>{value} is not yes or no (sí/no, sim/não, x, 1/0)</source>
        <translation>{value} 不是“是/否”（sí/no、sim/não、x、1/0）</translation>
    </message>
    <message>
        <source>{value}: {word} is not a unit (write one of {units})</source>
        <translation>{value}：{word} 不是单位（请填写以下之一：{units}）</translation>
    </message>
    <message>
        <source>{value} could be US dollars, Mexican, Chilean or Argentine pesos...: write the ISO code (USD, MXN, CLP, ARS)</source>
        <translation>{value} 可能是美元，也可能是墨西哥、智利或阿根廷比索……：请填写 ISO 代码（USD、MXN、CLP、ARS）</translation>
    </message>
    <message>
        <source>{value} {reason}</source>
        <translation>{value} {reason}</translation>
    </message>
    <message>
        <source>{value} is not a phone number</source>
        <translation>{value} 不是电话号码</translation>
    </message>
    <message>
        <source>{value} is not an email address</source>
        <translation>{value} 不是电子邮件地址</translation>
    </message>
    <message>
        <source>{value} is {length} characters long, but at most {limit} fit</source>
        <translation>{value} 长 {length} 个字符，最多只能 {limit} 个</translation>
    </message>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>{value} is a number, not a date</source>
        <translation>{value} 是数字，不是日期</translation>
    </message>
    <message>
        <source>{value} is 29 February 1900 in Excel, a day that never existed</source>
        <translation>{value} 在 Excel 中是 1900 年 2 月 29 日，这一天并不存在</translation>
    </message>
    <message>
        <source>{value} is a number, not a date (as an Excel date it would be {day}, outside {earliest}-{latest})</source>
        <translation>{value} 是数字，不是日期（按 Excel 日期为 {day}，超出 {earliest}-{latest}）</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} 不是日期</translation>
    </message>
    <message>
        <source>{value} has no day: write the whole date (yyyy-mm-dd)</source>
        <translation>{value} 缺少日：请填写完整日期（yyyy-mm-dd）</translation>
    </message>
    <message>
        <source>{value} does not fit the column's date order (yy/mm/dd)</source>
        <translation>{value} 不符合该列的日期顺序（yy/mm/dd）</translation>
    </message>
    <message>
        <source>the column mixes dd/mm and mm/dd dates, choose the date order</source>
        <translation>该列混用了 dd/mm 和 mm/dd 日期，请选择日期顺序</translation>
    </message>
    <message>
        <source>choose the date order</source>
        <translation>请选择日期顺序</translation>
    </message>
    <message>
        <source>{value} could be {day1} {month1} or {day2} {month2}: {why}</source>
        <translation>{value} 可能是{month1}{day1}日，也可能是{month2}{day2}日：{why}</translation>
    </message>
    <message>
        <source>{value} is not a real date ({reason})</source>
        <translation>{value} 不是有效日期（{reason}）</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} 不是数字</translation>
    </message>
    <message>
        <source>{value} is not an amount of money</source>
        <translation>{value} 不是金额</translation>
    </message>
    <message>
        <source>{reason} (this column writes numbers with a decimal {mark}, like {example})</source>
        <translation>{reason}（该列的小数点为 {mark}，例如 {example}）</translation>
    </message>
    <message>
        <source>{value} could be {decimal} or {whole}: choose the column's decimal mark (comma or point)</source>
        <translation>{value} 可能是 {decimal}，也可能是 {whole}：请选择该列的小数点（逗号或句点）</translation>
    </message>
    <message>
        <source>Preparing the import</source>
        <translation>正在准备导入</translation>
    </message>
    <message>
        <source>Saving new suppliers</source>
        <translation>正在保存新供应商</translation>
    </message>
    <message>
        <source>Recording the import for undo</source>
        <translation>正在记录导入以便撤销</translation>
    </message>
    <message>
        <source>; and {more} more (a dry run lists them all)</source>
        <translation>；另有 {more} 个（试运行可列出全部）</translation>
    </message>
    <message>
        <source>{file}: 1 row has errors, nothing was imported (fix them or skip them): {problems}{rest}</source>
        <translation>{file}：1 行有错误，未导入任何内容（请修正或跳过）：{problems}{rest}</translation>
    </message>
    <message>
        <source>{file}: {count} rows have errors, nothing was imported (fix them or skip them): {problems}{rest}</source>
        <translation>{file}：{count} 行有错误，未导入任何内容（请修正或跳过）：{problems}{rest}</translation>
    </message>
    <message>
        <source>Updating existing suppliers</source>
        <translation>正在更新现有供应商</translation>
    </message>
    <message>
        <source>Read as {encoding} text, {separator}-separated</source>
        <translation>按 {encoding} 文本读取，以 {separator} 分隔</translation>
    </message>
    <message>
        <source>Read as {encoding} text, one column (no separator found)</source>
        <translation>按 {encoding} 文本读取，只有一列（未找到分隔符）</translation>
    </message>
    <message>
        <source>Removed {count} NUL byte(s) (\0) found in the file</source>
        <translation>已删除文件中的 {count} 个 NUL 字节（\0）</translation>
    </message>
    <message>
        <source>says it is {encoding} text but byte {byte} is not; save it again as CSV UTF-8</source>
        <translation>声明为 {encoding} 文本，但第 {byte} 字节不是；请重新另存为 CSV UTF-8</translation>
    </message>
    <message>
        <source>row {row} has {columns} columns; the limit is {limit} (Excel's own)</source>
        <translation>第 {row} 行有 {columns} 列；上限为 {limit}（与 Excel 相同）</translation>
    </message>
    <message>
        <source>has more than {limit} rows, the limit (Excel's own)</source>
        <translation>超过 {limit} 行的上限（与 Excel 相同）</translation>
    </message>
    <message>
        <source>has more than {limit} cells, the limit (split the file or remove unused columns)</source>
        <translation>超过 {limit} 个单元格的上限（请拆分文件或删除未使用的列）</translation>
    </message>
    <message>
        <source>row {row} cannot be read ({reason}); a quote (") may be missing</source>
        <translation>无法读取第 {row} 行（{reason}）；可能缺少引号（"）</translation>
    </message>
    <message>
        <source>Unknown import target '{target}' (use one of: {known})</source>
        <translation>未知的导入目标“{target}”（可选：{known}）</translation>
    </message>
    <message>
        <source>The {target} import has no field '{key}'</source>
        <translation>{target} 导入没有字段“{key}”</translation>
    </message>
    <message>
        <source>Someone saved some of these suppliers while you were looking at the preview; nothing was imported. Go back and preview again to see them.</source>
        <translation>您查看预览期间，有人保存了其中部分供应商；未导入任何内容。请返回并重新预览以查看这些更改。</translation>
    </message>
    <message>
        <source>Row {row} names groups of columns ({groups}): read with the headers</source>
        <translation>第 {row} 行为列分组命名（{groups}）：已与表头一并读取</translation>
    </message>
    <message>
        <source>Header row {row} is not in sheet '{name}' (it has {count} rows)</source>
        <translation>表头行 {row} 不在工作表“{name}”中（该表共 {count} 行）</translation>
    </message>
    <message>
        <source>Row {row} of sheet '{name}' is empty: it cannot be the header row</source>
        <translation>工作表“{name}”的第 {row} 行为空：不能作为表头行</translation>
    </message>
    <message>
        <source>{numbers} and {more} more</source>
        <translation>{numbers} 及另外 {more} 行</translation>
    </message>
    <message>
        <source>Row {row} (title) skipped</source>
        <translation>已跳过第 {row} 行（标题）</translation>
    </message>
    <message>
        <source>Rows {first}-{last} (title) skipped</source>
        <translation>已跳过第 {first}-{last} 行（标题）</translation>
    </message>
    <message>
        <source>No header row found: row {row} is data; columns are named Column A, Column B...</source>
        <translation>未找到表头行：第 {row} 行是数据；各列命名为 Column A、Column B……</translation>
    </message>
    <message>
        <source>Row {row} '{text}' and below ignored</source>
        <translation>已忽略第 {row} 行“{text}”及以下内容</translation>
    </message>
    <message>
        <source>Column {letter} is hidden in the workbook (imported)</source>
        <translation>列 {letter} 在工作簿中被隐藏（已导入）</translation>
    </message>
    <message>
        <source>Column {letter} ({name}) is hidden in the workbook (imported)</source>
        <translation>列 {letter}（{name}）在工作簿中被隐藏（已导入）</translation>
    </message>
    <message>
        <source>Row {row} is hidden in the workbook (imported)</source>
        <translation>第 {row} 行在工作簿中被隐藏（已导入）</translation>
    </message>
    <message>
        <source>Rows {rows} are hidden in the workbook (imported)</source>
        <translation>第 {rows} 行在工作簿中被隐藏（已导入）</translation>
    </message>
    <message>
        <source>Column {letter} is not in the header row ({count} columns)</source>
        <translation>列 {letter} 不在表头行中（共 {count} 列）</translation>
    </message>
    <message>
        <source>Column {letter} '{header}': the {target} import has no field '{key}'</source>
        <translation>列 {letter}“{header}”：{target} 导入没有字段“{key}”</translation>
    </message>
    <message>
        <source>Field '{key}' is mapped twice: columns {first} and {second}</source>
        <translation>字段“{key}”被映射了两次：列 {first} 和列 {second}</translation>
    </message>
    <message>
        <source>The import options cannot be saved: {reason}</source>
        <translation>无法保存导入选项：{reason}</translation>
    </message>
    <message>
        <source>has about {rows} rows and needs about {needed} of memory to import; this computer has {free} free: close other programs or split the file</source>
        <translation>约有 {rows} 行，导入约需 {needed} 内存；本机仅有 {free} 可用：请关闭其他程序或拆分文件</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed</source>
        <translation>导入已取消：未做任何更改</translation>
    </message>
    <message>
        <source>row {row}, {column}: '{value}' {message}</source>
        <translation>第 {row} 行，{column}：“{value}” {message}</translation>
    </message>
    <message>
        <source>row {row}, {column}: {message}</source>
        <translation>第 {row} 行，{column}：{message}</translation>
    </message>
    <message>
        <source>row {row}: '{value}' {message}</source>
        <translation>第 {row} 行：“{value}” {message}</translation>
    </message>
    <message>
        <source>row {row}: {message}</source>
        <translation>第 {row} 行：{message}</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} 行</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>新增 {count}</translation>
    </message>
    <message>
        <source>{count} to update</source>
        <translation>待更新 {count}</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>未变 {count}</translation>
    </message>
    <message>
        <source>{count} possible duplicates</source>
        <translation>可能重复 {count}</translation>
    </message>
    <message>
        <source>{count} with errors</source>
        <translation>有错误 {count}</translation>
    </message>
    <message>
        <source>{count} with a field left empty</source>
        <translation>有字段留空 {count}</translation>
    </message>
    <message>
        <source>{file}: no column is mapped to {fields}; choose one on the wizard's mapping page, or give --mapping FILE.json on the command line</source>
        <translation>{file}：没有列映射到 {fields}；请在向导的映射页面选择一列，或在命令行中使用 --mapping FILE.json</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>正在读取 {file}</translation>
    </message>
    <message>
        <source>Sheet '{name}' skipped: its columns differ</source>
        <translation>已跳过工作表“{name}”：其列不同</translation>
    </message>
    <message>
        <source>Preview ready</source>
        <translation>预览已就绪</translation>
    </message>
    <message>
        <source>has no sheet named '{name}' (it has: {known})</source>
        <translation>没有名为“{name}”的工作表（现有：{known}）</translation>
    </message>
    <message>
        <source>header in row {row}, data in rows {first}-{last}</source>
        <translation>表头在第 {row} 行，数据在第 {first}-{last} 行</translation>
    </message>
    <message>
        <source>no header row, data in rows {first}-{last}</source>
        <translation>无表头行，数据在第 {first}-{last} 行</translation>
    </message>
    <message>
        <source>Sheet '{name}': {note}</source>
        <translation>工作表“{name}”：{note}</translation>
    </message>
    <message>
        <source>no supplier by this name (import or add it first, or choose the supplier)</source>
        <translation>没有此名称的供应商（请先导入或添加，或选择供应商）</translation>
    </message>
    <message>
        <source>several suppliers have this name</source>
        <translation>有多个供应商使用此名称</translation>
    </message>
    <message>
        <source>the supplier is empty</source>
        <translation>供应商为空</translation>
    </message>
    <message>
        <source>the product is empty</source>
        <translation>产品为空</translation>
    </message>
    <message>
        <source>the price is empty</source>
        <translation>价格为空</translation>
    </message>
    <message>
        <source>no currency (add a currency column or write it with the price, e.g. USD 2.45)</source>
        <translation>缺少币种（请添加币种列，或与价格一起填写，例如 USD 2.45）</translation>
    </message>
    <message>
        <source>Saving offers</source>
        <translation>正在保存报价</translation>
    </message>
    <message>
        <source>open it in Excel or LibreOffice and save it again as .xlsx</source>
        <translation>请用 Excel 或 LibreOffice 打开并重新另存为 .xlsx</translation>
    </message>
    <message>
        <source>an Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>an Excel macro-enabled workbook (.xlsm)</source>
        <translation>启用宏的 Excel 工作簿（.xlsm）</translation>
    </message>
    <message>
        <source>an Excel 97-2003 workbook (.xls)</source>
        <translation>Excel 97-2003 工作簿（.xls）</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation>OpenDocument 电子表格（.ods）</translation>
    </message>
    <message>
        <source>delimited text</source>
        <translation>分隔符文本</translation>
    </message>
    <message>
        <source>has no sheet named '{name}' (it has {known})</source>
        <translation>没有名为“{name}”的工作表（现有 {known}）</translation>
    </message>
    <message>
        <source>The file is really {kind}, though its name ends in {suffix}</source>
        <translation>该文件实际上是{kind}，尽管其扩展名为 {suffix}</translation>
    </message>
    <message>
        <source>cannot be opened ({reason})</source>
        <translation>无法打开（{reason}）</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>has no worksheets (only charts or macros)</source>
        <translation>没有工作表（只有图表或宏）</translation>
    </message>
    <message>
        <source>is damaged or incomplete: its sheets are missing from the file</source>
        <translation>已损坏或不完整：文件中缺少工作表</translation>
    </message>
    <message>
        <source>is empty (no sheet has a cell with a value)</source>
        <translation>为空（没有任何工作表含有有值的单元格）</translation>
    </message>
    <message>
        <source>Hidden rows and formulas without a saved result were not checked</source>
        <translation>未检查隐藏行和无保存结果的公式</translation>
    </message>
    <message>
        <source>sheet '{name}' has {rows} rows; the limit is {limit} (Excel's own)</source>
        <translation>工作表“{name}”有 {rows} 行；上限为 {limit}（与 Excel 相同）</translation>
    </message>
    <message>
        <source>sheet '{name}' has {columns} columns; the limit is {limit} (Excel's own)</source>
        <translation>工作表“{name}”有 {columns} 列；上限为 {limit}（与 Excel 相同）</translation>
    </message>
    <message>
        <source>sheet '{name}' spans {rows} rows x {columns} columns = {cells} cells; the limit is {limit} (delete the unused rows and columns, or split the sheet)</source>
        <translation>工作表“{name}”跨 {rows} 行 × {columns} 列 = {cells} 个单元格；上限为 {limit}（请删除未使用的行和列，或拆分工作表）</translation>
    </message>
    <message>
        <source>is damaged or not valid XML ({detail}); {resave}</source>
        <translation>已损坏或不是有效的 XML（{detail}）；{resave}</translation>
    </message>
    <message>
        <source>sheet '{sheet}' is damaged or not valid XML ({detail}); {resave}</source>
        <translation>工作表“{sheet}”已损坏或不是有效的 XML（{detail}）；{resave}</translation>
    </message>
    <message>
        <source>is damaged or incomplete: is missing from the file</source>
        <translation>已损坏或不完整：文件中缺少内容</translation>
    </message>
    <message>
        <source>is damaged or incomplete: sheet '{sheet}' is missing from the file</source>
        <translation>已损坏或不完整：文件中缺少工作表“{sheet}”</translation>
    </message>
    <message>
        <source>is too large to read ({detail}); delete the unused rows and columns, or split it</source>
        <translation>太大，无法读取（{detail}）；请删除未使用的行和列，或拆分文件</translation>
    </message>
    <message>
        <source>sheet '{sheet}' is too large to read ({detail}); delete the unused rows and columns, or split it</source>
        <translation>工作表“{sheet}”太大，无法读取（{detail}）；请删除未使用的行和列，或拆分</translation>
    </message>
    <message>
        <source>could not be read ({detail}); {resave}</source>
        <translation>无法读取（{detail}）；{resave}</translation>
    </message>
    <message>
        <source>sheet '{sheet}' could not be read ({detail}); {resave}</source>
        <translation>无法读取工作表“{sheet}”（{detail}）；{resave}</translation>
    </message>
    <message>
        <source>could not be read (it looks damaged: {detail}); {resave}</source>
        <translation>无法读取（似乎已损坏：{detail}）；{resave}</translation>
    </message>
    <message>
        <source>sheet '{sheet}' could not be read (it looks damaged: {detail}); {resave}</source>
        <translation>无法读取工作表“{sheet}”（似乎已损坏：{detail}）；{resave}</translation>
    </message>
    <message>
        <source>{file}: other imports kept changing the same suppliers; tried {attempts} times, nothing was imported (import it again)</source>
        <translation>{file}：其他导入一直在修改相同的供应商；已尝试 {attempts} 次，未导入任何内容（请重新导入）</translation>
    </message>
    <message>
        <source>is protected by a password; open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again</source>
        <translation>受密码保护；请用 Excel 打开，删除密码（文件 &gt; 信息 &gt; 保护工作簿）后重新保存</translation>
    </message>
    <message>
        <source>is protected by a password; open it in LibreOffice, save it again with File &gt; Save As and untick 'Save with password'</source>
        <translation>受密码保护；请用 LibreOffice 打开，通过“文件 &gt; 另存为”重新保存，并取消勾选“使用密码保存”</translation>
    </message>
    <message>
        <source>save it as .xlsx or .csv and import that file</source>
        <translation>请另存为 .xlsx 或 .csv 后导入该文件</translation>
    </message>
    <message>
        <source>is a PDF, not a spreadsheet; ask the supplier for the .xlsx or .csv file</source>
        <translation>是 PDF，不是电子表格；请向供应商索取 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>is an image (PNG), not a spreadsheet</source>
        <translation>是图片（PNG），不是电子表格</translation>
    </message>
    <message>
        <source>is an image (JPEG), not a spreadsheet</source>
        <translation>是图片（JPEG），不是电子表格</translation>
    </message>
    <message>
        <source>is an image (GIF), not a spreadsheet</source>
        <translation>是图片（GIF），不是电子表格</translation>
    </message>
    <message>
        <source>is a compressed .gz archive; extract the spreadsheet from it first</source>
        <translation>是 .gz 压缩包；请先从中解压出电子表格</translation>
    </message>
    <message>
        <source>is a 7-Zip archive; extract the spreadsheet from it first</source>
        <translation>是 7-Zip 压缩包；请先从中解压出电子表格</translation>
    </message>
    <message>
        <source>is a RAR archive; extract the spreadsheet from it first</source>
        <translation>是 RAR 压缩包；请先从中解压出电子表格</translation>
    </message>
    <message>
        <source>is a rich-text (RTF) document, not a spreadsheet; {save_as}</source>
        <translation>是富文本（RTF）文档，不是电子表格；{save_as}</translation>
    </message>
    <message>
        <source>is a program, not a spreadsheet</source>
        <translation>是程序，不是电子表格</translation>
    </message>
    <message>
        <source>does not exist (was it moved or deleted?)</source>
        <translation>不存在（是否已被移动或删除？）</translation>
    </message>
    <message>
        <source>is a folder, not a file; {save_as}</source>
        <translation>是文件夹，不是文件；{save_as}</translation>
    </message>
    <message>
        <source>is {size}; the largest file Supplier Desk imports is {limit} (save only the sheet you need, or split it)</source>
        <translation>大小为 {size}；Supplier Desk 可导入的文件最大为 {limit}（请只保存需要的工作表，或拆分文件）</translation>
    </message>
    <message>
        <source>is an Excel 2.x-4.0 workbook (from before 1995), too old to read; open it in Excel or LibreOffice and save it as .xlsx</source>
        <translation>是 Excel 2.x-4.0 工作簿（1995 年以前），版本太旧无法读取；请用 Excel 或 LibreOffice 打开并另存为 .xlsx</translation>
    </message>
    <message>
        <source>is not a spreadsheet or a text file (unrecognised binary content); {save_as}</source>
        <translation>不是电子表格或文本文件（无法识别的二进制内容）；{save_as}</translation>
    </message>
    <message>
        <source>is an Excel 2003 XML spreadsheet; open it in Excel and save it as .xlsx</source>
        <translation>是 Excel 2003 XML 电子表格；请用 Excel 打开并另存为 .xlsx</translation>
    </message>
    <message>
        <source>is a web page (HTML) saved with a spreadsheet name; open it in Excel and save it as .xlsx (File &gt; Save As &gt; Excel Workbook)</source>
        <translation>是以电子表格名称保存的网页（HTML）；请用 Excel 打开并另存为 .xlsx（文件 &gt; 另存为 &gt; Excel 工作簿）</translation>
    </message>
    <message>
        <source>is an XML file, not a spreadsheet; {save_as}</source>
        <translation>是 XML 文件，不是电子表格；{save_as}</translation>
    </message>
    <message>
        <source>is an OpenDocument file but not a spreadsheet; {save_as}</source>
        <translation>是 OpenDocument 文件，但不是电子表格；{save_as}</translation>
    </message>
    <message>
        <source>is an Excel binary workbook (.xlsb); open it in Excel and save it as .xlsx</source>
        <translation>是 Excel 二进制工作簿（.xlsb）；请用 Excel 打开并另存为 .xlsx</translation>
    </message>
    <message>
        <source>is an Apple Numbers file; in Numbers choose File &gt; Export To &gt; Excel (or CSV) and import that file</source>
        <translation>是 Apple Numbers 文件；请在 Numbers 中选择“文件 &gt; 导出为 &gt; Excel（或 CSV）”，然后导入该文件</translation>
    </message>
    <message>
        <source>is a Word document, not a spreadsheet; {save_as}</source>
        <translation>是 Word 文档，不是电子表格；{save_as}</translation>
    </message>
    <message>
        <source>is a zip archive with no spreadsheet inside; extract it, or {save_as}</source>
        <translation>是 zip 压缩包，其中没有电子表格；请解压，或{save_as}</translation>
    </message>
    <message>
        <source>is a PowerPoint file, not a spreadsheet; {save_as}</source>
        <translation>是 PowerPoint 文件，不是电子表格；{save_as}</translation>
    </message>
    <message>
        <source>is damaged or incomplete ({detail}); ask the sender for the file again</source>
        <translation>已损坏或不完整（{detail}）；请让发件人重新发送文件</translation>
    </message>
    <message>
        <source>holds {parts} parts (a workbook has at most {limit}); refusing it as unsafe</source>
        <translation>包含 {parts} 个部件（工作簿最多 {limit} 个）；出于安全考虑拒绝打开</translation>
    </message>
    <message>
        <source>the sheet {name} would inflate to {size} from {packed} ({ratio} to 1): a zip bomb or a damaged file, refused</source>
        <translation>工作表 {name} 会从 {packed} 解压到 {size}（{ratio} 比 1）：可能是压缩炸弹或损坏的文件，已拒绝</translation>
    </message>
    <message>
        <source>the part {name} would inflate to {size} from {packed} ({ratio} to 1): a zip bomb or a damaged file, refused</source>
        <translation>部件 {name} 会从 {packed} 解压到 {size}（{ratio} 比 1）：可能是压缩炸弹或损坏的文件，已拒绝</translation>
    </message>
    <message>
        <source>would inflate to {size}; the limit is {limit} (save only the sheet you need)</source>
        <translation>解压后将达 {size}；上限为 {limit}（请只保存需要的工作表）</translation>
    </message>
    <message>
        <source>is a Word document (.doc), not a spreadsheet; {save_as}</source>
        <translation>是 Word 文档（.doc），不是电子表格；{save_as}</translation>
    </message>
    <message>
        <source>is an Office file with no Excel workbook inside; {save_as}</source>
        <translation>是 Office 文件，其中没有 Excel 工作簿；{save_as}</translation>
    </message>
    <message>
        <source>has a sheet of {rows} rows; the limit is {limit} (Excel's own)</source>
        <translation>有一个 {rows} 行的工作表；上限为 {limit}（与 Excel 相同）</translation>
    </message>
    <message>
        <source>has a sheet of {columns} columns; the limit is {limit} (Excel's own)</source>
        <translation>有一个 {columns} 列的工作表；上限为 {limit}（与 Excel 相同）</translation>
    </message>
    <message>
        <source>has a sheet spanning {rows} rows x {columns} columns = {cells} cells; the limit is {limit} (delete the unused rows and columns, or split the sheet)</source>
        <translation>有一个跨 {rows} 行 × {columns} 列 = {cells} 个单元格的工作表；上限为 {limit}（请删除未使用的行和列，或拆分工作表）</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <source>'{word}' is not a certification kind ({known}): kept in the notes</source>
        <translation>“{word}”不是认证类型（{known}）：已保留在备注中</translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s)</source>
        <translation><numerusform>%n 项认证</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s)</source>
        <translation><numerusform>%n 个报价</numerusform></translation>
    </message>
    <message>
        <source>{first} and {second} recorded</source>
        <translation>已记录{first}和{second}</translation>
    </message>
    <message>
        <source>{what} recorded</source>
        <translation>已记录{what}</translation>
    </message>
    <message>
        <source>no currency for the price: kept in the notes (write it in the header, e.g. 'Precio USD/kg', in the cell, e.g. 'USD 2.45', or map a currency column)</source>
        <translation>价格缺少币种：已保留在备注中（请写在表头中，例如“Precio USD/kg”，或写在单元格中，例如“USD 2.45”，或映射一个币种列）</translation>
    </message>
    <message>
        <source>no product for the price: kept in the notes (map a products column, or choose the product of the prices: --product or the wizard's mapping page)</source>
        <translation>价格缺少产品：已保留在备注中（请映射一个产品列，或选择价格所属的产品：--product 或向导的映射页面）</translation>
    </message>
    <message>
        <source>{label} {reason}</source>
        <translation>{label}{reason}</translation>
    </message>
    <message>
        <source>Checking rows of {name}</source>
        <translation>正在检查 {name} 的行</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: a formula with no saved value (open the file in Excel and save it again to compute it)</source>
        <translation>第 {row} 行第 {column} 列：公式没有保存的值（请用 Excel 打开文件并重新保存以计算）</translation>
    </message>
    <message>
        <source>{header}: decimal {mark}</source>
        <translation>{header}：小数点 {mark}</translation>
    </message>
    <message>
        <source>{header}: dates read as {order}</source>
        <translation>{header}：日期按 {order} 读取</translation>
    </message>
    <message>
        <source>the supplier name is empty</source>
        <translation>供应商名称为空</translation>
    </message>
    <message>
        <source>the country is empty (map a country column or choose a default country)</source>
        <translation>国家为空（请映射国家列或选择默认国家）</translation>
    </message>
    <message>
        <source>Comparing with existing suppliers</source>
        <translation>正在与现有供应商比对</translation>
    </message>
    <message>
        <source>{reason} (left empty)</source>
        <translation>{reason}（留空）</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}：{reason}</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Import {batch} ({file}) was already undone ({when})</source>
        <translation>导入 {batch}（{file}）已被撤销（{when}）</translation>
    </message>
    <message>
        <source>{record} {id}{row}: deleted since</source>
        <translation>{record} {id}{row}：之后已被删除</translation>
    </message>
    <message>
        <source>{record} '{name}'{row}: {reason}, kept</source>
        <translation>{record}“{name}”{row}：{reason}，已保留</translation>
    </message>
    <message>
        <source>has negotiations added since</source>
        <translation>之后新增了谈判</translation>
    </message>
    <message>
        <source>has notes or follow-ups added since</source>
        <translation>之后新增了备注或跟进</translation>
    </message>
    <message>
        <source>has certifications added since</source>
        <translation>之后新增了认证</translation>
    </message>
    <message>
        <source>has tags added since</source>
        <translation>之后新增了标签</translation>
    </message>
    <message>
        <source>has offers added since</source>
        <translation>之后新增了报价</translation>
    </message>
    <message>
        <source>is used by a negotiation</source>
        <translation>正被某个谈判使用</translation>
    </message>
    <message>
        <source>is sold by a supplier</source>
        <translation>有供应商在销售</translation>
    </message>
    <message>
        <source> (row {row})</source>
        <translation>（第 {row} 行）</translation>
    </message>
    <message>
        <source>{record} '{name}'{row}: edited since the import, kept</source>
        <translation>{record}“{name}”{row}：导入后已被编辑，已保留</translation>
    </message>
    <message>
        <source>sheet '{name}' says it has {rows} rows; the limit is {limit} (Excel's own)</source>
        <translation>工作表“{name}”声明有 {rows} 行；上限为 {limit}（与 Excel 相同）</translation>
    </message>
    <message>
        <source>sheet '{name}' says it has {columns} columns; the limit is {limit} (Excel's own)</source>
        <translation>工作表“{name}”声明有 {columns} 列；上限为 {limit}（与 Excel 相同）</translation>
    </message>
    <message>
        <source>{count} formula cell(s) have no saved result (the first is {cell}); open the file in Excel, let it calculate and save it again</source>
        <translation>{count} 个公式单元格没有保存的结果（第一个是 {cell}）；请用 Excel 打开文件，等待计算完成后重新保存</translation>
    </message>
</context>
<context>
    <name>Landed</name>
    <message>
        <source>a freight cost per container needs the container's payload in kg</source>
        <translation>按集装箱计的运费需要集装箱的载重（kg）</translation>
    </message>
    <message>
        <source>Incoterm of the offer</source>
        <translation>报价的 Incoterm</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>提货</translation>
    </message>
    <message>
        <source>Export clearance</source>
        <translation>出口清关</translation>
    </message>
    <message>
        <source>Inland transport</source>
        <translation>内陆运输</translation>
    </message>
    <message>
        <source>Terminal handling</source>
        <translation>码头操作费</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>装货</translation>
    </message>
    <message>
        <source>Unloading</source>
        <translation>卸货</translation>
    </message>
    <message>
        <source>Port charges</source>
        <translation>港杂费</translation>
    </message>
    <message>
        <source>Import clearance</source>
        <translation>进口清关</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>查验</translation>
    </message>
    <message>
        <source>Cold store</source>
        <translation>冷库</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送货</translation>
    </message>
    <message>
        <source>pickup</source>
        <translation>提货</translation>
    </message>
    <message>
        <source>export clearance</source>
        <translation>出口清关</translation>
    </message>
    <message>
        <source>inland transport</source>
        <translation>内陆运输</translation>
    </message>
    <message>
        <source>terminal handling</source>
        <translation>码头操作</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>装货</translation>
    </message>
    <message>
        <source>unloading</source>
        <translation>卸货</translation>
    </message>
    <message>
        <source>port charges</source>
        <translation>港杂</translation>
    </message>
    <message>
        <source>import clearance</source>
        <translation>进口清关</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>查验</translation>
    </message>
    <message>
        <source>cold store</source>
        <translation>冷库</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>送货</translation>
    </message>
    <message>
        <source>a freight route</source>
        <translation>运费航线</translation>
    </message>
    <message>
        <source>kg per container to spread the {charge} charge (the route's payload or the product's kg per container)</source>
        <translation>用于分摊{charge}费用的每集装箱 kg（航线的载重或产品的每集装箱 kg）</translation>
    </message>
    <message>
        <source>payload in kg of the freight route {route}</source>
        <translation>运费航线 {route} 的载重（kg）</translation>
    </message>
    <message>
        <source>insurance rate of the freight route {route}</source>
        <translation>运费航线 {route} 的保险费率</translation>
    </message>
    <message>
        <source>a tariff row (duty and VAT)</source>
        <translation>关税税率记录（关税和增值税）</translation>
    </message>
    <message>
        <source>Duty ({tariff})</source>
        <translation>关税（{tariff}）</translation>
    </message>
    <message>
        <source>VAT {rate}%</source>
        <translation>增值税 {rate}%</translation>
    </message>
    <message>
        <source>{from_currency}→{to_currency} rate on or before {date}</source>
        <translation>{date} 或之前的 {from_currency}→{to_currency} 汇率</translation>
    </message>
    <message>
        <source>Main freight</source>
        <translation>主运费</translation>
    </message>
    <message>
        <source>Price {term}</source>
        <translation>价格 {term}</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险费</translation>
    </message>
    <message>
        <source>CIF (customs value)</source>
        <translation>CIF（完税价格）</translation>
    </message>
</context>
<context>
    <name>Lateness</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>延误 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>No logo: sheets show the company's initials</source>
        <translation>无徽标：交易概要显示公司名称缩写</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>图片 ({patterns})</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>选择徽标</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Negotiations</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>货运</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Compare offers</source>
        <translation>比较报价</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>产季</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>警告：{warning}</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Archive / restore</source>
        <translation>归档/恢复(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>加载演示数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet…</source>
        <translation>导入电子表格(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>导入历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Exchange rates…</source>
        <translation>汇率(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Products…</source>
        <translation>产品(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Freight and charges…</source>
        <translation>运费和费用(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Tariffs…</source>
        <translation>关税税率(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Connect to team database…</source>
        <translation>连接团队数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Supplier Desk</source>
        <translation>关于 Supplier Desk(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Archived {name}</source>
        <translation>已归档 {name}</translation>
    </message>
    <message>
        <source>Restored {name}</source>
        <translation>已恢复 {name}</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Today's backup: {file}</source>
        <translation>今日备份：{file}</translation>
    </message>
    <message>
        <source>Warning: today's backup could not be made: {reason}</source>
        <translation>警告：无法完成今日备份：{reason}</translation>
    </message>
    <message>
        <source>Demo data: {suppliers}, {negotiations} and {shipments} added</source>
        <translation>演示数据：已添加{suppliers}、{negotiations}和{shipments}</translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n个供应商</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negotiation(s)</source>
        <translation>
            <numerusform>%n个谈判</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n个货运</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>正在加载演示数据…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Note (added to the notes)</source>
        <translation>备注（添加到备注中）</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>Values in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>the product the prices are for, in rows that name none</source>
        <translation>价格对应的产品（用于未注明产品的行）</translation>
    </message>
    <message>
        <source>Product of the prices:</source>
        <translation>价格对应的产品：</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>{field} (required)</source>
        <translation>{field}（必填）</translation>
    </message>
    <message>
        <source>The column names are in row {row}. Choose what each column holds; the choices shown are the mapping you confirmed for this header last time.</source>
        <translation>列名在第 {row} 行。请选择每列的内容；当前显示的是您上次为此表头确认的对应关系。</translation>
    </message>
    <message>
        <source>The file has no header row. Choose what each column holds; the choices shown are the mapping you confirmed for this header last time.</source>
        <translation>该文件没有表头行。请选择每列的内容；当前显示的是您上次为此表头确认的对应关系。</translation>
    </message>
    <message>
        <source>The column names are in row {row}. Choose what each column holds; the choices shown are a suggestion from the column names and their values.</source>
        <translation>列名在第 {row} 行。请选择每列的内容；当前显示的是根据列名及其值给出的建议。</translation>
    </message>
    <message>
        <source>The file has no header row. Choose what each column holds; the choices shown are a suggestion from the column names and their values.</source>
        <translation>该文件没有表头行。请选择每列的内容；当前显示的是根据列名及其值给出的建议。</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>您的选择</translation>
    </message>
    <message>
        <source>saved mapping</source>
        <translation>已保存的对应关系</translation>
    </message>
    <message>
        <source>How sure the suggestion is: check the lower ones</source>
        <translation>建议的可信程度：请核对较低的项</translation>
    </message>
    <message>
        <source>{field} was column {column}; column {column} is now ignored.</source>
        <translation>{field} 原在第 {column} 列；第 {column} 列现已忽略。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the fields of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Required, no column chosen: {fields} (or choose a default country on the first page)</source>
        <translation>必填但未选择列：{fields}（或在第一页选择默认国家）</translation>
    </message>
    <message>
        <source>Required, no column chosen: {fields}</source>
        <translation>必填但未选择列：{fields}</translation>
    </message>
    <message>
        <source>Choose a column for {fields}.</source>
        <translation>请为{fields}选择一列。</translation>
    </message>
</context>
<context>
    <name>NegotiationForm</name>
    <message>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交货</translation>
    </message>
    <message>
        <source>Type a supplier's name…</source>
        <translation>输入供应商名称…</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>e.g. Hass avocado, cherries</source>
        <translation>例如：哈斯牛油果、樱桃</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>(default: product – supplier)</source>
        <translation>（默认：产品 – 供应商）</translation>
    </message>
    <message>
        <source>e.g. Cat I, calibre 48</source>
        <translation>例如：一级，规格 48</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>e.g. 20000</source>
        <translation>例如：20000</translation>
    </message>
    <message>
        <source>Target price</source>
        <translation>目标价</translation>
    </message>
    <message>
        <source>e.g. 3.80</source>
        <translation>例如：3.80</translation>
    </message>
    <message>
        <source>per</source>
        <translation>每</translation>
    </message>
    <message>
        <source>e.g. 30% advance, 70% against B/L</source>
        <translation>例如：预付 30%，凭提单 (B/L) 付 70%</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>e.g. Valparaíso, Shanghai</source>
        <translation>例如：瓦尔帕莱索、上海</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Files ({count})</source>
        <translation>文件（{count}）</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>choose the supplier from the list</source>
        <translation>请从列表中选择供应商</translation>
    </message>
</context>
<context>
    <name>Negotiations</name>
    <message>
        <source>is required with {incoterm} (e.g. FOB Valparaíso)</source>
        <translation>使用 {incoterm} 时必填（例如 FOB Valparaíso）</translation>
    </message>
    <message>
        <source>is required with a target price</source>
        <translation>填写目标价时必填</translation>
    </message>
    <message>
        <source>{title} has shipments; archive it instead</source>
        <translation>{title} 已有货运；请改为归档</translation>
    </message>
</context>
<context>
    <name>NegotiationsView</name>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中的交易</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>任意产品</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>任意国家</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>任意负责人</translation>
    </message>
    <message>
        <source>Show deals at this stage</source>
        <translation>显示处于此阶段的交易</translation>
    </message>
    <message>
        <source>Show deals for this product</source>
        <translation>显示此产品的交易</translation>
    </message>
    <message>
        <source>Show deals with suppliers in this country</source>
        <translation>显示与该国供应商的交易</translation>
    </message>
    <message>
        <source>Show deals owned by this person</source>
        <translation>显示此人负责的交易</translation>
    </message>
    <message>
        <source>Search negotiations…</source>
        <translation>搜索谈判…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln negotiation(s)</source>
        <translation>
            <numerusform>%Ln 项谈判</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Add offer</source>
        <translation>添加报价</translation>
    </message>
    <message>
        <source>Edit offer</source>
        <translation>编辑报价</translation>
    </message>
</context>
<context>
    <name>OfferForm</name>
    <message>
        <source>e.g. 3.95</source>
        <translation>例如：3.95</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>per</source>
        <translation>每</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>e.g. 20000</source>
        <translation>例如：20000</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>e.g. Valparaíso, Shanghai</source>
        <translation>例如：瓦尔帕莱索、上海</translation>
    </message>
</context>
<context>
    <name>OfferRoundsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>报价方</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Landed {currency}/kg</source>
        <translation>到岸成本 {currency}/kg</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>我方</translation>
    </message>
    <message>
        <source>Gap: {note}</source>
        <translation>差价：{note}</translation>
    </message>
    <message>
        <source>Gap on landed cost: {price} ({percent}% of their landed cost)</source>
        <translation>到岸成本差价：{price}（占对方到岸成本的 {percent}%）</translation>
    </message>
    <message>
        <source>Gap: {price} ({percent}% of their price)</source>
        <translation>差价：{price}（占对方价格的 {percent}%）</translation>
    </message>
    <message>
        <source>an input</source>
        <translation>某项输入</translation>
    </message>
    <message>
        <source>missing: {input}</source>
        <translation>缺少：{input}</translation>
    </message>
    <message>
        <source>Landed cost not computed; missing:</source>
        <translation>未计算到岸成本；缺少：</translation>
    </message>
    <message>
        <source>{label}: {amount}</source>
        <translation>{label}：{amount}</translation>
    </message>
    <message>
        <source>Landed: {amount} {currency}/kg</source>
        <translation>到岸成本：{amount} {currency}/kg</translation>
    </message>
    <message>
        <source>Duty and VAT come from the tariff rows: check them against the current Chinese tariff.</source>
        <translation>关税和增值税取自关税税率表：请对照中国现行税则核对。</translation>
    </message>
    <message>
        <source>Offer rounds</source>
        <translation>报价轮次</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>添加报价</translation>
    </message>
    <message>
        <source>Edit offer</source>
        <translation>编辑报价</translation>
    </message>
    <message>
        <source>Delete offer</source>
        <translation>删除报价</translation>
    </message>
    <message>
        <source>Loading offers…</source>
        <translation>正在加载报价…</translation>
    </message>
    <message>
        <source>The offers could not be read: {reason}</source>
        <translation>无法读取报价：{reason}</translation>
    </message>
    <message>
        <source>Save the negotiation to record its offers.</source>
        <translation>保存谈判后即可记录报价。</translation>
    </message>
    <message>
        <source>Supplier's price: {supplier} · Ours: {ours}</source>
        <translation>供应商价格：{supplier} · 我方价格：{ours}</translation>
    </message>
    <message>
        <source>freight route…</source>
        <translation>运费航线…</translation>
    </message>
    <message>
        <source>Delete round {round} ({side}, {price} on {day})?</source>
        <translation>要删除第 {round} 轮（{side}，{day}，{price}）吗？</translation>
    </message>
    <message>
        <source>Offer not deleted</source>
        <translation>报价未删除</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Archived: {text}</source>
        <translation>已归档：{text}</translation>
    </message>
</context>
<context>
    <name>PreviewModels</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Another contact</source>
        <translation>其他联系人</translation>
    </message>
    <message>
        <source>row {row} of this file</source>
        <translation>本文件第 {row} 行</translation>
    </message>
    <message>
        <source>supplier {number}</source>
        <translation>供应商 {number}</translation>
    </message>
    <message>
        <source>Merge into “{name}”</source>
        <translation>合并到“{name}”</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}：{problem}</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>警告：{problem}</translation>
    </message>
    <message>
        <source>Looks like “{name}” ({percent} alike): {decision}</source>
        <translation>疑似“{name}”（相似度 {percent}）：{decision}</translation>
    </message>
    <message>
        <source>Looks like “{name}”: {decision}</source>
        <translation>疑似“{name}”：{decision}</translation>
    </message>
    <message>
        <source>fills {fields}</source>
        <translation>填写{fields}</translation>
    </message>
    <message>
        <source>adds contact {name}</source>
        <translation>添加联系人 {name}</translation>
    </message>
    <message>
        <source>adds products {products}</source>
        <translation>添加产品 {products}</translation>
    </message>
    <message>
        <source>replaces {fields}</source>
        <translation>替换{fields}</translation>
    </message>
    <message>
        <source>New supplier with contact {name}</source>
        <translation>新供应商，联系人 {name}</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>新供应商</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>无新内容</translation>
    </message>
    <message>
        <source>Same supplier as row {row}: {changes}</source>
        <translation>与第 {row} 行为同一供应商：{changes}</translation>
    </message>
    <message>
        <source>{price} per {unit}</source>
        <translation>{price}/{unit}</translation>
    </message>
    <message>
        <source>{offer} from {supplier}</source>
        <translation>{offer}，来自 {supplier}</translation>
    </message>
    <message>
        <source>Already recorded: {offer}</source>
        <translation>已有记录：{offer}</translation>
    </message>
    <message>
        <source>New offer: {offer}</source>
        <translation>新报价：{offer}</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>疑似</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Use the file's</source>
        <translation>采用文件中的值</translation>
    </message>
    <message>
        <source>{name} (row {row} of this file)</source>
        <translation>{name}（本文件第 {row} 行）</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>These rows look like a supplier already recorded (or an earlier row) without being sure. Choose for each: skip it, create a new supplier, or merge it into the recorded one (its empty fields are filled).</source>
        <translation>这些行看起来与已有供应商（或前面的某一行）相似，但无法确定。请逐行选择：跳过、新建供应商，或合并到已有供应商（填补其空白字段）。</translation>
    </message>
    <message>
        <source>All of them:</source>
        <translation>全部：</translation>
    </message>
    <message>
        <source>The file and the recorded supplier disagree on these fields. The recorded value is kept unless you tick “Use the file's”. Where a new supplier is named on two rows of the file, the first row's value is kept.</source>
        <translation>文件与已记录的供应商在以下字段上不一致。除非勾选“采用文件中的值”，否则保留已记录的值。若同一新供应商出现在文件的两行中，则保留第一行的值。</translation>
    </message>
    <message>
        <source>These cells could not be read: the rows are imported with the field left empty. Fix them on the supplier later, or save the rows to fix and import them again.</source>
        <translation>这些单元格无法读取：相应行会被导入，但该字段留空。可以稍后在供应商中修正，或保存待修正的行，修改后重新导入。</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Different values</source>
        <translation>不同的值</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>文件读取方式</translation>
    </message>
    <message>
        <source>Skip them, import the rest</source>
        <translation>跳过这些行，导入其余行</translation>
    </message>
    <message>
        <source>The rows with errors are left out; save them to fix them</source>
        <translation>有错误的行不导入；可保存下来修正</translation>
    </message>
    <message>
        <source>Stop on the first error</source>
        <translation>遇到第一个错误即停止</translation>
    </message>
    <message>
        <source>Nothing is imported while any row has an error</source>
        <translation>只要有任何一行有错误，就不导入任何内容</translation>
    </message>
    <message>
        <source>Save rows to fix…</source>
        <translation>保存待修正的行…</translation>
    </message>
    <message>
        <source>An Excel file with the rows with errors or warnings as they are in the file, plus a Problem column: fix them there and import it again</source>
        <translation>一个 Excel 文件，包含有错误或警告的行（保持文件原样），并附加一列“问题”：在其中修正后重新导入</translation>
    </message>
    <message>
        <source>Rows with errors:</source>
        <translation>有错误的行：</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>问题（{count}）</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>警告（{count}）</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>可能重复（{count}）</translation>
    </message>
    <message>
        <source>Different values ({count})</source>
        <translation>不同的值（{count}）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a list</comment>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>rows</comment>
        <translation>
            <numerusform>新增 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <comment>rows</comment>
        <translation>
            <numerusform>待更新 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>rows</comment>
        <translation>
            <numerusform>未变 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>possible duplicates</comment>
        <translation>
            <numerusform>跳过 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <comment>possible duplicates</comment>
        <translation>
            <numerusform>新建 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <comment>possible duplicates</comment>
        <translation>
            <numerusform>合并 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s) ({decided})</source>
        <translation>
            <numerusform>可能重复 %n（{decided}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <comment>rows</comment>
        <translation>
            <numerusform>有错误 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>正在保存 {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to fix saved to {path}</source>
        <translation>
            <numerusform>已将 %n 个待修正的行保存到 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported with a field left empty</source>
        <translation>
            <numerusform>%n 行导入时有字段留空</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} ({sheets})</source>
        <translation>{file}（{sheets}）</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n row(s): {parts}</source>
        <translation>
            <numerusform>{file}：共 %n 行：{parts}</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} - rows to fix.xlsx</source>
        <translation>{file} - 待修正的行.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>Save rows to fix</source>
        <translation>保存待修正的行</translation>
    </message>
</context>
<context>
    <name>PreviewWords</name>
    <message numerus="yes">
        <source>%n different value(s) kept as recorded</source>
        <translation>
            <numerusform>%n 个不同的值保留原记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different value(s) kept as in row {row}</source>
        <translation>
            <numerusform>%n 个不同的值保留第 {row} 行的值</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceChart</name>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>我方</translation>
    </message>
    <message>
        <source>d MMM yy</source>
        <translation>yy年M月d日</translation>
    </message>
    <message>
        <source>No offers yet</source>
        <translation>暂无报价</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>价格走势</translation>
    </message>
    <message>
        <source>{currency} per {unit}</source>
        <translation>{currency}/{unit}</translation>
    </message>
    <message>
        <source>Only offers in {kept} (the latest offer's) are charted; {count} in {others} left out.</source>
        <translation>图中仅显示以 {kept}（最新报价所用）计价的报价；另有 {count} 个以 {others} 计价的报价未显示。</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>a product called {name} already exists</source>
        <translation>已存在名为 {name} 的产品</translation>
    </message>
    <message>
        <source>{name} is used by suppliers or negotiations</source>
        <translation>{name} 正被供应商或谈判使用</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Search name or category</source>
        <translation>搜索名称或类别</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} 至 {high}</translation>
    </message>
    <message>
        <source>missing {figures}</source>
        <translation>缺少{figures}</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Offers priced or sized per box or container need these figures: without them their landed cost is not computed</source>
        <translation>按箱或按集装箱计价或计量的报价需要这些数据：缺少时无法计算其到岸成本</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个产品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n products: search to find others</source>
        <translation>
            <numerusform>前 %n 个产品：搜索可查找其他产品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lack packaging (marked): offers of theirs per box or container get no landed cost</source>
        <translation>
            <numerusform>%n 个缺少包装数据（已标记）：其按箱或按集装箱的报价无法计算到岸成本</numerusform>
        </translation>
    </message>
    <message>
        <source>kg per box</source>
        <translation>每箱 kg</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Shelf life (days)</source>
        <translation>保质期（天）</translation>
    </message>
    <message>
        <source>kg per 20'</source>
        <translation>每 20' 柜 kg</translation>
    </message>
    <message>
        <source>kg per 40'</source>
        <translation>每 40' 柜 kg</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>kg per container</source>
        <translation>每集装箱 kg</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Queries</name>
    <message>
        <source>sea</source>
        <translation>海运</translation>
    </message>
    <message>
        <source>air</source>
        <translation>空运</translation>
    </message>
    <message>
        <source>origin port of the negotiation (for its freight route)</source>
        <translation>谈判的起运港（用于确定运费航线）</translation>
    </message>
    <message>
        <source>destination port of the negotiation (for its freight route)</source>
        <translation>谈判的目的港（用于确定运费航线）</translation>
    </message>
    <message>
        <source>{mode} freight route {origin} → {destination} valid on {day}</source>
        <translation>{day} 有效的{mode}运费航线 {origin} → {destination}</translation>
    </message>
    <message>
        <source>HS code of {product} (for its duty and VAT)</source>
        <translation>{product} 的 HS 编码（用于计算关税和增值税）</translation>
    </message>
    <message>
        <source>the supplier's country (for duty and VAT)</source>
        <translation>供应商所在国家（用于计算关税和增值税）</translation>
    </message>
    <message>
        <source>tariff for HS {code} from {country} on {day}</source>
        <translation>{day} 适用于原产 {country} 的 HS {code} 关税税率</translation>
    </message>
    <message>
        <source>missing: {input}</source>
        <translation>缺少：{input}</translation>
    </message>
    <message>
        <source>gap on landed cost, {currency}/kg</source>
        <translation>按到岸成本计算的差价，{currency}/kg</translation>
    </message>
    <message>
        <source>no trend yet</source>
        <translation>暂无趋势</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>持平</translation>
    </message>
    <message>
        <source>currency ({ours}, {theirs})</source>
        <translation>币种（{ours}，{theirs}）</translation>
    </message>
    <message>
        <source>unit ({ours}, {theirs})</source>
        <translation>单位（{ours}，{theirs}）</translation>
    </message>
    <message>
        <source>Incoterm ({ours}, {theirs})</source>
        <translation>Incoterm（{ours}，{theirs}）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}和{second}</translation>
    </message>
    <message>
        <source>{first} and {second} and {third}</source>
        <translation>{first}、{second}和{third}</translation>
    </message>
    <message>
        <source>no offer from the supplier yet</source>
        <translation>对方尚未报价</translation>
    </message>
    <message>
        <source>no offer from us yet</source>
        <translation>我方尚未报价</translation>
    </message>
    <message>
        <source>offers differ in {differences}</source>
        <translation>双方报价的{differences}不同</translation>
    </message>
    <message>
        <source>its inputs</source>
        <translation>其所需数据</translation>
    </message>
    <message>
        <source>{differ}; no landed cost to compare without: {lacking}</source>
        <translation>{differ}；缺少以下数据，无法比较到岸成本：{lacking}</translation>
    </message>
    <message>
        <source>the product</source>
        <translation>该产品</translation>
    </message>
    <message>
        <source>no {currency}→{reporting} rate on or before {day}</source>
        <translation>{day} 或之前没有 {currency}→{reporting} 汇率</translation>
    </message>
    <message numerus="yes">
        <source>+%n deal(s) without a {currency}→{reporting} rate</source>
        <translation><numerusform>另有 %n 笔交易缺少 {currency}→{reporting} 汇率</numerusform></translation>
    </message>
</context>
<context>
    <name>Rates</name>
    <message>
        <source>{file}: an ECB file declares no document type; this one does</source>
        <translation>{file}：欧洲央行文件不声明文档类型，而此文件声明了</translation>
    </message>
    <message>
        <source>{file}: not well-formed XML ({reason})</source>
        <translation>{file}：XML 格式不正确（{reason}）</translation>
    </message>
    <message>
        <source>{file}: Cube time</source>
        <translation>{file}：Cube time</translation>
    </message>
    <message>
        <source>{file}: no &lt;Cube time=...&gt; with rates in it: is it an ECB file?</source>
        <translation>{file}：没有包含汇率的 &lt;Cube time=...&gt;：这是欧洲央行文件吗？</translation>
    </message>
    <message>
        <source>{file}: the first row is not the ECB's 'Date,USD,JPY,...' header</source>
        <translation>{file}：第一行不是欧洲央行的 'Date,USD,JPY,...' 表头</translation>
    </message>
    <message>
        <source>{file}: no rates under the header</source>
        <translation>{file}：表头下没有汇率</translation>
    </message>
    <message>
        <source>{file} row {row}, column {column}</source>
        <translation>{file} 第 {row} 行，{column} 列</translation>
    </message>
    <message>
        <source>{where}: {value} is not a yyyy-mm-dd date</source>
        <translation>{where}：{value} 不是 yyyy-mm-dd 格式的日期</translation>
    </message>
    <message>
        <source>no {from_currency}→{to_currency} rate on or before {date}: add one (fx add) or import the ECB rates (fx import, fx update)</source>
        <translation>{date} 或之前没有 {from_currency}→{to_currency} 汇率：请添加一条（fx add）或导入欧洲央行汇率（fx import、fx update）</translation>
    </message>
    <message>
        <source>could not reach the ECB ({reason}): no rates were changed; try again when online</source>
        <translation>无法连接欧洲央行（{reason}）：汇率未作任何更改；请联网后重试</translation>
    </message>
    <message>
        <source>the server answered {code} {reason}</source>
        <translation>服务器返回 {code} {reason}</translation>
    </message>
    <message>
        <source>the ECB sent more than {count} bytes: no rates were changed</source>
        <translation>欧洲央行发送的数据超过 {count} 字节：汇率未作任何更改</translation>
    </message>
    <message>
        <source>the ECB sent something that is not its rates file: no rates were changed</source>
        <translation>欧洲央行发送的不是其汇率文件：汇率未作任何更改</translation>
    </message>
    <message>
        <source>the ECB's answer</source>
        <translation>欧洲央行的响应</translation>
    </message>
    <message>
        <source>{reason}: no rates were changed</source>
        <translation>{reason}：汇率未作任何更改</translation>
    </message>
    <message>
        <source>is too small: the smallest rate kept is {rate}</source>
        <translation>太小：可保存的最小汇率为 {rate}</translation>
    </message>
    <message>
        <source>is the same currency as From ({code})</source>
        <translation>与“从”的币种相同（{code}）</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <source>{file} ({kind}, {days}): {read} rates read, {added} added, {changed} changed, {unchanged} already there; skipped retired currencies {currencies}</source>
        <translation>{file}（{kind}，{days}）：读取 {read} 条汇率，新增 {added} 条，更新 {changed} 条，{unchanged} 条已存在；已跳过停用币种 {currencies}</translation>
    </message>
    <message>
        <source>{file} ({kind}, {days}): {read} rates read, {added} added, {changed} changed, {unchanged} already there</source>
        <translation>{file}（{kind}，{days}）：读取 {read} 条汇率，新增 {added} 条，更新 {changed} 条，{unchanged} 条已存在</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB: is it a rates file?</source>
        <translation>{file} 大于 {size} MB：这是汇率文件吗？</translation>
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{file} is not a UTF-8 text file: save it as CSV (UTF-8)</source>
        <translation>{file} 不是 UTF-8 文本文件：请另存为 CSV (UTF-8)</translation>
    </message>
    <message>
        <source>{reason}; nothing was imported</source>
        <translation>{reason}；未导入任何内容</translation>
    </message>
    <message>
        <source>{date} EUR-&gt;{currency}: rate {reason}</source>
        <translation>{date} EUR-&gt;{currency}：汇率{reason}</translation>
    </message>
    <message>
        <source>{file}: the first row must be the header 'date,from,to,rate' (it is {header}); nothing was imported</source>
        <translation>{file}：第一行必须是表头 'date,from,to,rate'（实际为 {header}）；未导入任何内容</translation>
    </message>
    <message>
        <source>row {row}, {columns}</source>
        <translation>第 {row} 行，{columns}</translation>
    </message>
    <message>
        <source>row {row}: {from_currency}-&gt;{to_currency} on {date} is already on row {earlier} with another rate</source>
        <translation>第 {row} 行：{date} 的 {from_currency}-&gt;{to_currency} 已在第 {earlier} 行以另一汇率出现</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n bad row(s), nothing was imported: {rows} (and {more} more)</source>
        <translation><numerusform>{file}：%n 行有误，未导入任何内容：{rows}（另有 {more} 行）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n bad row(s), nothing was imported: {rows}</source>
        <translation><numerusform>{file}：%n 行有误，未导入任何内容：{rows}</numerusform></translation>
    </message>
    <message>
        <source>{file}: no rates under the header; nothing was imported</source>
        <translation>{file}：表头下没有汇率；未导入任何内容</translation>
    </message>
    <message>
        <source>column {column}: {message}</source>
        <translation>{column} 列：{message}</translation>
    </message>
    <message>
        <source>someone else stored rates for the same days meanwhile; nothing was imported: import the file again</source>
        <translation>与此同时，其他人保存了相同日期的汇率；未导入任何内容：请重新导入该文件</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原币种</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目标币种</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Update from ECB</source>
        <translation>从欧洲央行 (ECB) 更新</translation>
    </message>
    <message>
        <source>Download the European Central Bank's reference rates of today (EUR-based)</source>
        <translation>下载欧洲中央银行今日参考汇率（以 EUR 为基准）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n rates: choose a pair to see its older ones</source>
        <translation>
            <numerusform>最新的 %n 条汇率：选择货币对可查看更早的汇率</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n 条汇率</numerusform>
        </translation>
    </message>
    <message>
        <source>Rates files ({patterns})</source>
        <translation>汇率文件 ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>所有文件 ({patterns})</translation>
    </message>
    <message>
        <source>Import exchange rates</source>
        <translation>导入汇率</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <source>Downloading the ECB's rates…</source>
        <translation>正在下载欧洲央行汇率…</translation>
    </message>
</context>
<context>
    <name>Reaching</name>
    <message>
        <source>No mail program opened: copy the address {address}</source>
        <translation>没有打开邮件程序：请复制地址 {address}</translation>
    </message>
    <message>
        <source>No browser opened: WhatsApp number {number}</source>
        <translation>没有打开浏览器：WhatsApp 号码 {number}</translation>
    </message>
    <message>
        <source>Copied {what} {text} to the clipboard</source>
        <translation>已将{what} {text} 复制到剪贴板</translation>
    </message>
    <message>
        <source>Nobody at the supplier has an e-mail: fill in To</source>
        <translation>该供应商没有任何人留有电子邮箱：请填写收件人</translation>
    </message>
    <message>
        <source>E-mail draft opened: {file}</source>
        <translation>已打开邮件草稿：{file}</translation>
    </message>
    <message>
        <source>No mail program opened the draft: it is saved as {file}</source>
        <translation>没有邮件程序打开草稿：已保存为 {file}</translation>
    </message>
    <message>
        <source>E-mail draft not written</source>
        <translation>未能生成邮件草稿</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: {reason}</source>
        <translation>只读：{reason}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyMode</name>
    <message>
        <source>You can browse, search and export. To change data, ask your administrator for an editor role (or use a copy of the database you can write to).</source>
        <translation>您可以浏览、搜索和导出。如需修改数据，请向管理员申请编辑权限（或使用一个可写入的数据库副本）。</translation>
    </message>
    <message>
        <source>{action}: {reason}</source>
        <translation>{action}：{reason}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>新建供应商</translation>
    </message>
    <message>
        <source>No supplier selected</source>
        <translation>未选择供应商</translation>
    </message>
    <message>
        <source>Supplier not saved</source>
        <translation>供应商未保存</translation>
    </message>
    <message>
        <source>This supplier has changes that are not saved.</source>
        <translation>此供应商有未保存的更改。</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>未选择联系人</translation>
    </message>
    <message>
        <source>Contact not saved</source>
        <translation>联系人未保存</translation>
    </message>
    <message>
        <source>This contact has changes that are not saved.</source>
        <translation>此联系人有未保存的更改。</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>New negotiation</source>
        <translation>新建谈判</translation>
    </message>
    <message>
        <source>No negotiation selected</source>
        <translation>未选择谈判</translation>
    </message>
    <message>
        <source>Negotiation not saved</source>
        <translation>谈判未保存</translation>
    </message>
    <message>
        <source>This negotiation has changes that are not saved.</source>
        <translation>此谈判有未保存的更改。</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>货运</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>新建货运</translation>
    </message>
    <message>
        <source>No shipment selected</source>
        <translation>未选择货运</translation>
    </message>
    <message>
        <source>Shipment not saved</source>
        <translation>货运未保存</translation>
    </message>
    <message>
        <source>This shipment has changes that are not saved.</source>
        <translation>此货运有未保存的更改。</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>新建报价</translation>
    </message>
    <message>
        <source>No offer selected</source>
        <translation>未选择报价</translation>
    </message>
    <message>
        <source>Offer not saved</source>
        <translation>报价未保存</translation>
    </message>
    <message>
        <source>This offer has changes that are not saved.</source>
        <translation>此报价有未保存的更改。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <source>No record selected</source>
        <translation>未选择记录</translation>
    </message>
    <message>
        <source>Record not saved</source>
        <translation>记录未保存</translation>
    </message>
    <message>
        <source>This record has changes that are not saved.</source>
        <translation>此记录有未保存的更改。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name}（已归档）</translation>
    </message>
    <message>
        <source>Please correct:

{reasons}</source>
        <translation>请更正：

{reasons}</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>输入以搜索…</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Search records…</source>
        <translation>搜索记录…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>This {entity} has changes that are not saved.</source>
        <translation>此{entity}有未保存的更改。</translation>
    </message>
    <message>
        <source>{loaded} of {total}</source>
        <translation>已显示 {loaded}，共 {total}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Edit registration or certificate</source>
        <translation>编辑注册或证书</translation>
    </message>
    <message>
        <source>Add a registration or certificate</source>
        <translation>添加注册或证书</translation>
    </message>
    <message>
        <source>GGN, CIFER, CSG/CSP code, certificate no.</source>
        <translation>GGN、CIFER、CSG/CSP 编码、证书编号</translation>
    </message>
    <message>
        <source>Packing Curicó, Planta 2…</source>
        <translation>Packing Curicó、Planta 2…</translation>
    </message>
    <message>
        <source>From the dates</source>
        <translation>按日期判断</translation>
    </message>
    <message>
        <source>Set by hand only when the authority says so (pending, suspended)</source>
        <translation>仅在主管机构通知时手动设置（待定、暂停）</translation>
    </message>
    <message>
        <source>None ticked: the supplier's whole range</source>
        <translation>未勾选：供应商的全部产品</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Site kind</source>
        <translation>场所类型</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>场所地址</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>产季</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Undo this import…</source>
        <translation>撤销本次导入…</translation>
    </message>
    <message numerus="yes">
        <source>%n new offer(s) created</source>
        <translation>
            <numerusform>新建了 %n 条报价</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new supplier(s) created</source>
        <translation>
            <numerusform>新建了 %n 个供应商</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) updated</source>
        <translation>
            <numerusform>更新了 %n 条报价</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s) updated</source>
        <translation>
            <numerusform>更新了 %n 个供应商</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with nothing new</source>
        <translation>
            <numerusform>%n 行无新内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s) skipped</source>
        <translation>
            <numerusform>跳过了 %n 个可能重复项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors not imported</source>
        <translation>
            <numerusform>%n 行有错误，未导入</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is imported</source>
        <translation>{file} 已导入</translation>
    </message>
    <message>
        <source>This was import number {number}. It can be undone now, or later from File ▸ Import history (records edited since are kept).</source>
        <translation>这是第 {number} 次导入。可以现在撤销，也可以稍后在“文件 ▸ 导入历史记录”中撤销（此后被编辑过的记录会保留）。</translation>
    </message>
    <message>
        <source>The import is undone</source>
        <translation>导入已撤销</translation>
    </message>
    <message>
        <source>What it had done:
{lines}</source>
        <translation>撤销前的导入结果：
{lines}</translation>
    </message>
</context>
<context>
    <name>SeasonModel</name>
    <message>
        <source>Sold for Chinese New Year: a shipment landing after it is flagged</source>
        <translation>春节销售：春节后到港的货运会被标记</translation>
    </message>
    <message numerus="yes">
        <source>Shelf life: %n day(s)</source>
        <translation>
            <numerusform>保质期：%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No season recorded for this origin</source>
        <translation>此产地未记录产季</translation>
    </message>
    <message>
        <source>{month}: out of season</source>
        <translation>{month}：非产季</translation>
    </message>
    <message>
        <source>{month}: {level}</source>
        <translation>{month}：{level}</translation>
    </message>
    <message>
        <source>Chinese New Year: {day}</source>
        <translation>春节：{day}</translation>
    </message>
    <message>
        <source>expected close {day}</source>
        <translation>预计成交 {day}</translation>
    </message>
    <message>
        <source>delivery {start} to {end}</source>
        <translation>交货 {start} 至 {end}</translation>
    </message>
    <message>
        <source>{mark} {deal} ({supplier}, {stage}): {when}</source>
        <translation>{mark} {deal}（{supplier}，{stage}）：{when}</translation>
    </message>
    <message>
        <source>{mark} {reference} ({supplier}, {status}): ETD {etd}, ETA {eta}</source>
        <translation>{mark} {reference}（{supplier}，{status}）：预计离港 {etd}，预计到港 {eta}</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>双击打开</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>产地</translation>
    </message>
</context>
<context>
    <name>SeasonView</name>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Season calendar</source>
        <translation>产季日历</translation>
    </message>
    <message>
        <source>Loading the season calendar…</source>
        <translation>正在加载产季日历…</translation>
    </message>
    <message>
        <source>Green: peak · light green: shipping · white: out of season · amber: a deal or shipment out of season. {deal} open negotiations, {shipment} shipments to arrive, {flag} flagged, {cny} Chinese New Year.</source>
        <translation>深绿：旺季 · 浅绿：发运期 · 白色：非产季 · 琥珀色：非产季的交易或货运。{deal} 进行中的谈判，{shipment} 待到港的货运，{flag} 已标记，{cny} 春节。</translation>
    </message>
    <message>
        <source>{mark} Chinese New Year {year}: {day}</source>
        <translation>{mark} {year} 年春节：{day}</translation>
    </message>
    <message>
        <source>Chinese New Year {year}: not in the table (2025-2035)</source>
        <translation>{year} 年春节：不在日期表中（2025-2035）</translation>
    </message>
    <message>
        <source>No season recorded, and no open negotiation or shipment to arrive in {year}.</source>
        <translation>{year} 年没有记录的产季，也没有进行中的谈判或待到港的货运。</translation>
    </message>
    <message>
        <source>The season calendar could not be read.</source>
        <translation>无法读取产季日历。</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) flagged:</source>
        <translation>
            <numerusform>%n 票货运被标记：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the red months)</source>
        <translation>
            <numerusform>……还有 %n 票（见红色月份）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product and origin row(s)</source>
        <translation>
            <numerusform>%n 行产品与产地</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged shipment(s)</source>
        <translation>
            <numerusform>%n 票货运被标记</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seasons</name>
    <message>
        <source>ETA {eta} is after Chinese New Year ({festival})</source>
        <translation>预计到港 (ETA) {eta} 晚于春节（{festival}）</translation>
    </message>
    <message>
        <source>transit {transit} days exceeds the shelf life {shelf_life} days minus {margin} days' margin</source>
        <translation>运输 {transit} 天，超过保质期 {shelf_life} 天减去 {margin} 天余量</translation>
    </message>
</context>
<context>
    <name>ShipmentForm</name>
    <message>
        <source>(automatic)</source>
        <translation>（自动）</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>运输</translation>
    </message>
    <message>
        <source>e.g. MSKU1234565</source>
        <translation>例如：MSKU1234565</translation>
    </message>
    <message>
        <source>ship + voyage, or flight</source>
        <translation>船名 + 航次，或航班号</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cold chain</source>
        <translation>冷链</translation>
    </message>
    <message>
        <source>e.g. -0.5</source>
        <translation>例如：-0.5</translation>
    </message>
    <message>
        <source>Incident notes</source>
        <translation>异常备注</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>单证</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Type a negotiation or supplier…</source>
        <translation>输入谈判或供应商…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show this negotiation</source>
        <translation>显示此谈判</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Shipment {reference}</source>
        <translation>货运 {reference}</translation>
    </message>
    <message>
        <source>An air shipment has no sea container</source>
        <translation>空运货物没有海运集装箱</translation>
    </message>
    <message>
        <source>Choose the negotiation from the list.</source>
        <translation>请从列表中选择谈判。</translation>
    </message>
    <message>
        <source>choose the negotiation from the list</source>
        <translation>请从列表中选择谈判</translation>
    </message>
</context>
<context>
    <name>ShipmentHints</name>
    <message>
        <source>Delivered, but no actual arrival date yet: add it under Dates.</source>
        <translation>已交付，但尚无实际到港日期：请在“日期”中填写。</translation>
    </message>
    <message>
        <source>In transit, but no actual departure date yet: add it under Dates.</source>
        <translation>运输中，但尚无实际离港日期：请在“日期”中填写。</translation>
    </message>
    <message>
        <source>At customs, but no actual departure date yet: add it under Dates.</source>
        <translation>清关中，但尚无实际离港日期：请在“日期”中填写。</translation>
    </message>
    <message>
        <source>Delivered, but no actual departure date yet: add it under Dates.</source>
        <translation>已交付，但尚无实际离港日期：请在“日期”中填写。</translation>
    </message>
    <message>
        <source>An actual arrival is recorded, yet the status is still planned.</source>
        <translation>已记录实际到港，但状态仍为“计划中”。</translation>
    </message>
    <message>
        <source>An actual arrival is recorded, yet the status is still booked.</source>
        <translation>已记录实际到港，但状态仍为“已订舱”。</translation>
    </message>
    <message>
        <source>An actual departure is recorded, yet the status is still planned.</source>
        <translation>已记录实际离港，但状态仍为“计划中”。</translation>
    </message>
    <message>
        <source>An actual departure is recorded, yet the status is still booked.</source>
        <translation>已记录实际离港，但状态仍为“已订舱”。</translation>
    </message>
</context>
<context>
    <name>Shipments</name>
    <message>
        <source>is in the future: an actual date records what happened</source>
        <translation>是未来日期：实际日期记录的是已发生的事</translation>
    </message>
    <message>
        <source>is before the actual departure ({date})</source>
        <translation>早于实际离港（{date}）</translation>
    </message>
    <message>
        <source>an air shipment has no sea container</source>
        <translation>空运货物没有海运集装箱</translation>
    </message>
    <message>
        <source>{reference} is already used</source>
        <translation>{reference} 已被使用</translation>
    </message>
</context>
<context>
    <name>ShipmentsView</name>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation>尚未交付</translation>
    </message>
    <message>
        <source>Sea and air</source>
        <translation>海运和空运</translation>
    </message>
    <message>
        <source>Search shipments…</source>
        <translation>搜索货运…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shipment(s)</source>
        <translation>
            <numerusform>%Ln 票货运</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>StageCard</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
    <message>
        <source>Target price × target volume, in {currency} at today's rates</source>
        <translation>目标价 × 目标数量，按今日汇率折算为 {currency}</translation>
    </message>
    <message>
        <source>The same deals in the currency each was agreed in</source>
        <translation>同样的交易，按各自约定的币种显示</translation>
    </message>
    <message>
        <source>Open deals at this stage; value = target price × target volume. Click to list them.</source>
        <translation>处于此阶段的进行中交易；金额 = 目标价 × 目标数量。点击查看列表。</translation>
    </message>
    <message numerus="yes">
        <source>+%n deal(s) without a {source}→{target} rate</source>
        <translation>
            <numerusform>+%n 笔交易缺少 {source}→{target} 汇率</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) without packaging</source>
        <translation>
            <numerusform>%n 个产品缺少包装信息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBarConnection</name>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Connected to {server}</source>
        <translation>已连接到 {server}</translation>
    </message>
    <message>
        <source>Not connected to {server}: the connection was lost; the next action tries again</source>
        <translation>未连接到 {server}：连接已中断；下一次操作时会重试</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>the backup was stopped</source>
        <translation>备份已停止</translation>
    </message>
    <message>
        <source>backups are for SQLite files; back up PostgreSQL with pg_dump</source>
        <translation>备份仅适用于 SQLite 文件；PostgreSQL 请使用 pg_dump 备份</translation>
    </message>
    <message>
        <source>cannot write the backup {path}: {reason}</source>
        <translation>无法写入备份 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>{path} is not a Supplier Desk database (not SQLite)</source>
        <translation>{path} 不是 Supplier Desk 数据库（不是 SQLite）</translation>
    </message>
    <message>
        <source>{path} is not a Supplier Desk database</source>
        <translation>{path} 不是 Supplier Desk 数据库</translation>
    </message>
    <message>
        <source>{path} is not a Supplier Desk database (no schema version)</source>
        <translation>{path} 不是 Supplier Desk 数据库（没有架构版本）</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}：{reason}</translation>
    </message>
    <message>
        <source>restore failed, the database is unchanged: {reason}</source>
        <translation>恢复失败，数据库未更改：{reason}</translation>
    </message>
    <message>
        <source>The connection to the team database was lost; your changes were not saved — try again</source>
        <translation>与团队数据库的连接已断开；您的更改未保存——请重试</translation>
    </message>
    <message>
        <source>The connection to the team database was lost while saving; nothing was saved. Your changes are still in the form.</source>
        <translation>保存时与团队数据库的连接中断；没有保存任何内容。您的修改仍在表单中。</translation>
    </message>
    <message>
        <source>The connection to the team database was lost while the server was saving: the change may or may not have been saved. Your changes are still in the form; reload the record to check before saving again.</source>
        <translation>服务器保存时与团队数据库的连接中断：更改可能已保存，也可能没有。您的修改仍在表单中；请先重新载入该记录查看，再重新保存。</translation>
    </message>
    <message>
        <source>Server: enter the server's name or address</source>
        <translation>服务器：请输入服务器名称或地址</translation>
    </message>
    <message>
        <source>Database: enter the database name</source>
        <translation>数据库：请输入数据库名称</translation>
    </message>
    <message>
        <source>User: enter your user name on the server</source>
        <translation>用户：请输入您在服务器上的用户名</translation>
    </message>
    <message>
        <source>Port: {port} is not a port number (1-65535)</source>
        <translation>端口：{port} 不是有效端口号（1-65535）</translation>
    </message>
    <message>
        <source>TLS: {mode} is not one of {modes}</source>
        <translation>TLS：{mode} 不是 {modes} 之一</translation>
    </message>
    <message>
        <source>TLS: the certificate authority file {path} does not exist</source>
        <translation>TLS：证书颁发机构文件 {path} 不存在</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>the server refused the login (wrong user name or password)</source>
        <translation>服务器拒绝登录（用户名或密码错误）</translation>
    </message>
    <message>
        <source>the server has no user of that name</source>
        <translation>服务器上没有该用户名</translation>
    </message>
    <message>
        <source>the database {name} does not exist on the server</source>
        <translation>服务器上不存在数据库 {name}</translation>
    </message>
    <message>
        <source>the server's name cannot be found (check the server name)</source>
        <translation>找不到服务器名称（请检查服务器名称）</translation>
    </message>
    <message>
        <source>the server is not running or refuses connections (is it down?)</source>
        <translation>服务器未运行或拒绝连接（是否已宕机？）</translation>
    </message>
    <message>
        <source>the server does not answer (check the network, or the server is down)</source>
        <translation>服务器无响应（请检查网络，或服务器已宕机）</translation>
    </message>
    <message>
        <source>the server does not offer encryption (TLS), and a server on another computer is only reached encrypted: ask whoever runs it to turn TLS on</source>
        <translation>服务器不提供加密（TLS），而其他计算机上的服务器只能通过加密连接访问：请联系服务器管理员开启 TLS</translation>
    </message>
    <message>
        <source>the secure (TLS) connection failed: {reason}</source>
        <translation>安全（TLS）连接失败：{reason}</translation>
    </message>
    <message>
        <source>the server does not accept connections from this computer</source>
        <translation>服务器不接受来自本机的连接</translation>
    </message>
    <message>
        <source>empty database: Supplier Desk will set it up</source>
        <translation>空数据库：Supplier Desk 将进行初始化</translation>
    </message>
    <message>
        <source>schema up to date</source>
        <translation>架构已是最新</translation>
    </message>
    <message>
        <source>schema will be upgraded when you connect</source>
        <translation>连接时将升级架构</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL {version}, {state}</source>
        <translation>已连接：PostgreSQL {version}，{state}</translation>
    </message>
    <message>
        <source>The team database</source>
        <translation>团队数据库</translation>
    </message>
    <message>
        <source>{reason}; nothing was saved</source>
        <translation>{reason}；未保存任何内容</translation>
    </message>
    <message>
        <source>--database is empty: give a file path or a postgresql+psycopg:// URL</source>
        <translation>--database 为空：请提供文件路径或 postgresql+psycopg:// URL</translation>
    </message>
    <message>
        <source>{path} is read-only: make the file writable to make a database in it</source>
        <translation>{path} 是只读的：请将文件设为可写以在其中创建数据库</translation>
    </message>
    <message>
        <source>cannot open {where}: the database driver {driver} is not installed (use a SQLite path or a postgresql+psycopg:// URL)</source>
        <translation>无法打开 {where}：未安装数据库驱动 {driver}（请使用 SQLite 路径或 postgresql+psycopg:// URL）</translation>
    </message>
    <message>
        <source>cannot open {where}: cannot make the folder {folder} ({reason})</source>
        <translation>无法打开 {where}：无法创建文件夹 {folder}（{reason}）</translation>
    </message>
    <message>
        <source>{path} is read-only and was written by an older Supplier Desk: make the file writable so that it can be brought up to date</source>
        <translation>{path} 是只读的，且由旧版 Supplier Desk 写入：请将文件设为可写以便升级</translation>
    </message>
    <message>
        <source>today's backup could not be made: {reason}</source>
        <translation>无法完成今天的备份：{reason}</translation>
    </message>
    <message>
        <source>cannot open {where}</source>
        <translation>无法打开 {where}</translation>
    </message>
    <message>
        <source>{where}: the schema was brought up to date; run the command again</source>
        <translation>{where}：数据库结构已更新到最新版本；请重新运行该命令</translation>
    </message>
    <message>
        <source>no database at {path}</source>
        <translation>{path} 处没有数据库</translation>
    </message>
    <message>
        <source>cannot open {path}: it is a folder, not a database file</source>
        <translation>无法打开 {path}：这是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a Supplier Desk database</source>
        <translation>{path} 是空文件，不是 Supplier Desk 数据库</translation>
    </message>
    <message>
        <source>{where} holds no Supplier Desk database</source>
        <translation>{where} 中没有 Supplier Desk 数据库</translation>
    </message>
    <message>
        <source>{where} is not a Supplier Desk database (it has no schema version; its tables: {tables}); check the URL: it was left as it was</source>
        <translation>{where} 不是 Supplier Desk 数据库（没有架构版本；其表：{tables}）；请检查 URL：数据库未作改动</translation>
    </message>
    <message>
        <source>{where} is not a Supplier Desk database (it has no schema version; its tables: {tables}); check the path: it was left as it was</source>
        <translation>{where} 不是 Supplier Desk 数据库（没有架构版本；其表：{tables}）；请检查路径：数据库未作改动</translation>
    </message>
    <message>
        <source>the file is not a Supplier Desk database</source>
        <translation>该文件不是 Supplier Desk 数据库</translation>
    </message>
    <message>
        <source>cannot open {where}: {reason}</source>
        <translation>无法打开 {where}：{reason}</translation>
    </message>
    <message>
        <source>this login may only read: ask whoever runs the database for write access</source>
        <translation>此登录只能读取：请向数据库管理员申请写入权限</translation>
    </message>
    <message>
        <source>this login may not read this data: ask whoever runs the database for access</source>
        <translation>此登录无权读取这些数据：请向数据库管理员申请权限</translation>
    </message>
    <message>
        <source>another program holds the database: try again or close it</source>
        <translation>另一个程序正在占用数据库：请重试或关闭该程序</translation>
    </message>
    <message>
        <source>make the file writable, or work on a copy of it</source>
        <translation>请将文件设为可写，或使用其副本工作</translation>
    </message>
    <message>
        <source>ask whoever runs the database, or try again later</source>
        <translation>请联系数据库管理员，或稍后再试</translation>
    </message>
    <message>
        <source>{reason}: {action}</source>
        <translation>{reason}：{action}</translation>
    </message>
    <message>
        <source>{file} is read-only</source>
        <translation>{file} 是只读的</translation>
    </message>
    <message>
        <source>your database role cannot change data</source>
        <translation>您的数据库角色无权修改数据</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>数据库文件是只读的</translation>
    </message>
    <message>
        <source>the database server accepts no changes (read-only)</source>
        <translation>数据库服务器不接受更改（只读）</translation>
    </message>
</context>
<context>
    <name>SupplierFilters</name>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>Only suppliers in this country</source>
        <translation>仅显示该国的供应商</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Only suppliers with this status</source>
        <translation>仅显示此状态的供应商</translation>
    </message>
    <message>
        <source>Any certification</source>
        <translation>任意认证</translation>
    </message>
    <message>
        <source>Only suppliers holding this certification</source>
        <translation>仅显示持有此认证的供应商</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>Only suppliers with this tag</source>
        <translation>仅显示带此标签的供应商</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>任意产品</translation>
    </message>
    <message>
        <source>Only suppliers of this product</source>
        <translation>仅显示供应此产品的供应商</translation>
    </message>
    <message>
        <source>Compliance problem</source>
        <translation>合规问题</translation>
    </message>
    <message>
        <source>Any compliance</source>
        <translation>任意合规状态</translation>
    </message>
    <message>
        <source>Only suppliers with a registration or certificate expired, suspended or due within the compliance window (Preferences)</source>
        <translation>仅显示有注册或证书已过期、已暂停或在合规提醒期内到期的供应商（首选项）</translation>
    </message>
</context>
<context>
    <name>SupplierForm</name>
    <message>
        <source>local or +country code</source>
        <translation>本地号码或 +国家代码</translation>
    </message>
</context>
<context>
    <name>SupplierListModel</name>
    <message>
        <source>Compliance problem: a registration or certificate expired, suspended or due within the window (see its Compliance tab)</source>
        <translation>合规问题：有注册或证书已过期、已暂停或在提醒期内到期（见其“合规”标签页）</translation>
    </message>
</context>
<context>
    <name>SupplierPanel</name>
    <message>
        <source>Save the new supplier first: contacts, tags, certifications and notes belong to it.</source>
        <translation>请先保存新供应商：联系人、标签、证书和备注都属于该供应商。</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title}（{count}）</translation>
    </message>
</context>
<context>
    <name>SupplierPanels</name>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Double-click a record to open it.</source>
        <translation>双击记录即可打开。</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Double-click a negotiation to open it.</source>
        <translation>双击谈判即可打开。</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>货运</translation>
    </message>
    <message>
        <source>Double-click a shipment to open it.</source>
        <translation>双击货运即可打开。</translation>
    </message>
</context>
<context>
    <name>Suppliers</name>
    <message>
        <source>is already used by {name} (supplier {id}) in the same country</source>
        <translation>已被同一国家的 {name}（供应商 {id}）使用</translation>
    </message>
    <message>
        <source>{name} has negotiations and cannot be deleted; archive it instead</source>
        <translation>{name} 有谈判记录，无法删除；请改为归档</translation>
    </message>
    <message>
        <source>product {id} does not exist</source>
        <translation>产品 {id} 不存在</translation>
    </message>
</context>
<context>
    <name>SuppliersView</name>
    <message>
        <source>Clear the filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Search suppliers…</source>
        <translation>搜索供应商…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ supplier(s)</source>
        <translation>
            <numerusform>%Ln+ 个供应商</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln supplier(s)</source>
        <translation>
            <numerusform>%Ln 个供应商</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} (filtered)</source>
        <translation>{text}（已筛选）</translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <source>organic, avocado, GACC pending…</source>
        <translation>有机，牛油果，GACC 待批…</translation>
    </message>
    <message>
        <source>Save tags</source>
        <translation>保存标签</translation>
    </message>
    <message>
        <source>Tags, separated by commas (a new name makes a new tag):</source>
        <translation>标签，用逗号分隔（新名称将创建新标签）：</translation>
    </message>
    <message>
        <source>Tags in use: {tags}</source>
        <translation>已用标签：{tags}</translation>
    </message>
    <message>
        <source>Tags not saved</source>
        <translation>标签未保存</translation>
    </message>
</context>
<context>
    <name>Tariffs</name>
    <message>
        <source>no tariff can be looked up: {reason}</source>
        <translation>无法查找关税税率：{reason}</translation>
    </message>
    <message>
        <source>no tariff for HS code {code} from {country} on {date}: add one with `{command}`</source>
        <translation>{date} 没有 HS 编码 {code}、原产地 {country} 的关税税率：请用 `{command}` 添加</translation>
    </message>
</context>
<context>
    <name>TariffsDialog</name>
    <message>
        <source>MFN</source>
        <translation>最惠国</translation>
    </message>
    <message>
        <source>FTA</source>
        <translation>协定</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>原产地</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>关税</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>税率类型</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>增值税</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>China import tariffs</source>
        <translation>中国进口关税税率</translation>
    </message>
    <message>
        <source>&lt;b&gt;These rows are your own.&lt;/b&gt; The demo's rows are examples. Duty and VAT rates change: check every row against the current Customs Tariff of the People's Republic of China (and the FTA's certificate-of-origin rules) before relying on a landed cost.</source>
        <translation>&lt;b&gt;这些条目由您自行维护。&lt;/b&gt;演示数据中的条目仅为示例。关税和增值税税率会调整：在依赖到岸成本之前，请对照现行《中华人民共和国进出口税则》（以及自贸协定的原产地证书规则）逐条核对。</translation>
    </message>
    <message>
        <source>HS code, e.g. 0804.40</source>
        <translation>HS 编码，例如 0804.40</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>原产地</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Which row applies today to</source>
        <translation>查询今日适用的税率：</translation>
    </message>
    <message>
        <source>from</source>
        <translation>原产地</translation>
    </message>
    <message>
        <source>Add tariff…</source>
        <translation>添加税率…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n tariff row(s)</source>
        <translation>
            <numerusform>%n 条税率</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n tariff rows</source>
        <translation>
            <numerusform>前 %n 条税率</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>Applies today: {hs} from {origin}, duty {duty} ({scheme}), VAT {vat}, valid from {start}{until}</source>
        <translation>今日适用：{hs}，原产地 {origin}，关税 {duty}（{scheme}），增值税 {vat}，自 {start} 起生效{until}</translation>
    </message>
    <message>
        <source> until {day}</source>
        <translation>，至 {day} 止</translation>
    </message>
    <message>
        <source>No tariff for HS code {code} from {origin} on {day}: add one with Add tariff…</source>
        <translation>{day} 没有适用于 HS 编码 {code}、原产地 {origin} 的税率：请用“添加税率…”添加</translation>
    </message>
    <message>
        <source>{hs} from {origin}, valid from {start}</source>
        <translation>{hs}（原产地 {origin}，自 {start} 起生效）</translation>
    </message>
    <message>
        <source>Delete tariff row</source>
        <translation>删除税率条目</translation>
    </message>
    <message>
        <source>Delete the row {what}?</source>
        <translation>要删除条目 {what} 吗？</translation>
    </message>
    <message>
        <source>Deleted {what}</source>
        <translation>已删除{what}</translation>
    </message>
</context>
<context>
    <name>UndoWords</name>
    <message numerus="yes">
        <source>Import {number} undone: %n record(s) put back.</source>
        <translation>
            <numerusform>已撤销第 {number} 次导入：恢复了 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) kept, changed since the import:</source>
        <translation>
            <numerusform>保留了 %n 条导入后有改动的记录：</numerusform>
        </translation>
    </message>
    <message>
        <source>{undone} {kept}</source>
        <comment>two sentences</comment>
        <translation>{undone}{kept}</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>the product</source>
        <translation>该产品</translation>
    </message>
    <message>
        <source>{product} has no kg per box: set it (products set {id} --kg-per-box N)</source>
        <translation>{product} 没有每箱 kg：请设置（products set {id} --kg-per-box N）</translation>
    </message>
    <message>
        <source>{product} has no kg per container: set it (products set {id} --kg-per-container N)</source>
        <translation>{product} 没有每集装箱 kg：请设置（products set {id} --kg-per-container N）</translation>
    </message>
    <message>
        <source>box</source>
        <translation>箱</translation>
    </message>
    <message>
        <source>carton</source>
        <translation>纸箱</translation>
    </message>
    <message>
        <source>container</source>
        <translation>柜</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{value} is not a season like 2026-27</source>
        <translation>{value} 不是有效的产季（如 2026-27）</translation>
    </message>
    <message>
        <source>{value}: the second year must follow the first ({season})</source>
        <translation>{value}：第二个年份必须紧接第一个（{season}）</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is {length} characters long, but at most {limit} fit</source>
        <translation>长度为 {length} 个字符，最多只能 {limit} 个</translation>
    </message>
    <message>
        <source>has {digits} digits before the decimal point, but at most {limit} fit</source>
        <translation>小数点前有 {digits} 位，最多只能 {limit} 位</translation>
    </message>
    <message>
        <source>{number} is too large: it must be at most {high}</source>
        <translation>{number} 太大：最大为 {high}</translation>
    </message>
    <message>
        <source>{number} is too small: it must be at least {low}</source>
        <translation>{number} 太小：最小为 {low}</translation>
    </message>
    <message>
        <source>{value} is not a country we know (try its ISO code)</source>
        <translation>无法识别国家 {value}（请尝试 ISO 代码）</translation>
    </message>
    <message>
        <source>{value} has no country code: start it with + or set the country first</source>
        <translation>{value} 没有国家区号：请以 + 开头，或先填写国家</translation>
    </message>
    <message>
        <source>{value} is not a phone number</source>
        <translation>{value} 不是电话号码</translation>
    </message>
    <message>
        <source>{value} is not a valid phone number for {country}</source>
        <translation>{value} 不是 {country} 的有效电话号码</translation>
    </message>
    <message>
        <source>{value} is not a valid phone number</source>
        <translation>{value} 不是有效的电话号码</translation>
    </message>
    <message>
        <source>{value} is not an email address ({reason})</source>
        <translation>{value} 不是电子邮件地址（{reason}）</translation>
    </message>
    <message>
        <source>{value} is not an ISO 4217 currency code (USD, MXN, BRL, CNY...)</source>
        <translation>{value} 不是 ISO 4217 币种代码（USD、MXN、BRL、CNY…）</translation>
    </message>
    <message>
        <source>{value} has more than one decimal mark</source>
        <translation>{value} 含有多个小数点</translation>
    </message>
    <message>
        <source>{value} has misplaced thousands separators</source>
        <translation>{value} 的千位分隔符位置不对</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} 不是数字</translation>
    </message>
    <message>
        <source>{value} is ambiguous: is {separator} a thousands separator or a decimal mark? Write {thousands} or {decimal}</source>
        <translation>{value} 有歧义：{separator} 是千位分隔符还是小数点？请写成 {thousands} 或 {decimal}</translation>
    </message>
    <message>
        <source>{value} has no amount</source>
        <translation>{value} 没有金额</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} 不是整数</translation>
    </message>
    <message>
        <source>{value} must be more than zero</source>
        <translation>{value} 必须大于零</translation>
    </message>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} 不是“是”或“否”</translation>
    </message>
    <message>
        <source>{value} is not a real date ({reason})</source>
        <translation>{value} 不是真实存在的日期（{reason}）</translation>
    </message>
    <message>
        <source>{value} is not a date (write yyyy-mm-dd or {order})</source>
        <translation>{value} 不是日期（请写成 yyyy-mm-dd 或 {order}）</translation>
    </message>
    <message>
        <source>{value}: {word} is not a month</source>
        <translation>{value}：{word} 不是月份</translation>
    </message>
    <message>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} 不在以下选项中：{allowed}</translation>
    </message>
    <message>
        <source>{value} is not an Incoterm 2020 ({terms})</source>
        <translation>{value} 不是 2020 版 Incoterm（{terms}）</translation>
    </message>
    <message>
        <source>{value} is not a container number (4 letters and 7 digits)</source>
        <translation>{value} 不是集装箱号（4 个字母加 7 位数字）</translation>
    </message>
    <message>
        <source>{value} has a wrong check digit (a typo?)</source>
        <translation>{value} 的校验位不对（是否输错？）</translation>
    </message>
    <message>
        <source>{value} is not a web address (only http:// and https://)</source>
        <translation>{value} 不是网址（仅支持 http:// 和 https://）</translation>
    </message>
    <message>
        <source>{value} is not a web address</source>
        <translation>{value} 不是网址</translation>
    </message>
    <message>
        <source>{value} is not a language we know (es, pt, en, zh...)</source>
        <translation>无法识别语言 {value}（es、pt、en、zh…）</translation>
    </message>
    <message>
        <source>'{name}' is a placeholder, not a name: write the supplier's name</source>
        <translation>“{name}”是占位词，不是名称：请填写供应商名称</translation>
    </message>
    <message>
        <source>{value} is not a month or a range of months</source>
        <translation>{value} 不是月份或月份范围</translation>
    </message>
    <message>
        <source>no month given</source>
        <translation>未填写月份</translation>
    </message>
    <message>
        <source>{value} is not a month (1-12 or Jan..Dec)</source>
        <translation>{value} 不是月份（1-12 或 Jan..Dec）</translation>
    </message>
    <message>
        <source>is not a field of {entity}</source>
        <translation>不是 {entity} 的字段</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>is in {written} but the currency is {expected}</source>
        <translation>使用的是 {written}，但币种为 {expected}</translation>
    </message>
    <message>
        <source>is before {label} ({date})</source>
        <translation>早于{label}（{date}）</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>is after valid until ({date})</source>
        <translation>晚于有效期至（{date}）</translation>
    </message>
    <message>
        <source>no product {value}</source>
        <translation>没有产品 {value}</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>必须是以下之一：{choices}</translation>
    </message>
    <message>
        <source>{value} is not a percent from 0 to 100</source>
        <translation>{value} 不是 0 到 100 之间的百分比</translation>
    </message>
    <message>
        <source>the delivery start</source>
        <translation>交货开始日期</translation>
    </message>
    <message>
        <source>the offer date</source>
        <translation>报价日期</translation>
    </message>
    <message>
        <source>is too long once written for matching ({length} characters; at most {limit} fit): shorten it</source>
        <translation>转换为匹配用格式后过长（{length} 个字符，最多 {limit} 个）：请缩短</translation>
    </message>
    <message>
        <source>is too long once written for search ({length} characters; at most {limit} fit): shorten it</source>
        <translation>转换为搜索用格式后过长（{length} 个字符，最多 {limit} 个）：请缩短</translation>
    </message>
    <message>
        <source>{value} is not an HS code (4 to 10 digits)</source>
        <translation>{value} 不是 HS 编码（4 到 10 位数字）</translation>
    </message>
    <message>
        <source>must be between -60 and 40 °C</source>
        <translation>必须在 -60 到 40 °C 之间</translation>
    </message>
    <message>
        <source>is below the lowest temperature ({low} °C)</source>
        <translation>低于最低温度（{low} °C）</translation>
    </message>
    <message>
        <source>{value} is not a month (1 to 12)</source>
        <translation>{value} 不是月份（1 到 12）</translation>
    </message>
    <message>
        <source>{value} is not a season level (shipping or peak)</source>
        <translation>{value} 不是产季级别（shipping 或 peak）</translation>
    </message>
    <message>
        <source>must be between -60 and 30 °C</source>
        <translation>必须在 -60 到 30 °C 之间</translation>
    </message>
    <message>
        <source>the ETD</source>
        <translation>预计离港日期 (ETD)</translation>
    </message>
    <message>
        <source>{value} is not an HS code: digits only, e.g. 0804.40 or 08044000</source>
        <translation>{value} 不是 HS 编码：只能是数字，例如 0804.40 或 08044000</translation>
    </message>
    <message>
        <source>{value} has {digits} digits: an HS code has {low} to {high}</source>
        <translation>{value} 有 {digits} 位数字：HS 编码为 {low} 到 {high} 位</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Compare offers</source>
        <translation>比较报价</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Negotiations</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>产季</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>货运</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Prospect</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>合作中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停合作</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已屏蔽</translation>
    </message>
    <message>
        <source>Grower</source>
        <translation>种植商</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>包装商</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>出口商</translation>
    </message>
    <message>
        <source>Fishery</source>
        <translation>渔业公司</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>加工商</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>贸易商</translation>
    </message>
    <message>
        <source>GlobalG.A.P.</source>
        <translation>GlobalG.A.P.</translation>
    </message>
    <message>
        <source>HACCP</source>
        <translation>HACCP</translation>
    </message>
    <message>
        <source>BRCGS</source>
        <translation>BRCGS</translation>
    </message>
    <message>
        <source>Primus GFS</source>
        <translation>Primus GFS</translation>
    </message>
    <message>
        <source>Organic (USDA)</source>
        <translation>有机（USDA）</translation>
    </message>
    <message>
        <source>Organic (EU)</source>
        <translation>有机（欧盟）</translation>
    </message>
    <message>
        <source>Organic (China)</source>
        <translation>有机（中国）</translation>
    </message>
    <message>
        <source>GACC registration</source>
        <translation>GACC 注册</translation>
    </message>
    <message>
        <source>SAG CSG orchard</source>
        <translation>SAG CSG 果园</translation>
    </message>
    <message>
        <source>SAG CSP packhouse</source>
        <translation>SAG CSP 包装厂</translation>
    </message>
    <message>
        <source>SENASICA packhouse</source>
        <translation>SENASICA 包装厂</translation>
    </message>
    <message>
        <source>SENASA plant</source>
        <translation>SENASA 工厂</translation>
    </message>
    <message>
        <source>IFS</source>
        <translation>IFS</translation>
    </message>
    <message>
        <source>Rainforest Alliance</source>
        <translation>雨林联盟</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Orchard</source>
        <translation>果园</translation>
    </message>
    <message>
        <source>Packhouse</source>
        <translation>包装厂</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>工厂</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>船舶</translation>
    </message>
    <message>
        <source>Cold store</source>
        <translation>冷库</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>发运期</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>旺季</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Shipment document</source>
        <translation>货运单证</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>样品阶段</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>谈判中</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>已商定</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>已签约</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>已丢单</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买方</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>海运</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>空运</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已订舱</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <source>At customs</source>
        <translation>清关中</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Phytosanitary</source>
        <translation>植物检疫证书</translation>
    </message>
    <message>
        <source>Certificate of origin</source>
        <translation>原产地证书</translation>
    </message>
    <message>
        <source>Health certificate</source>
        <translation>卫生证书</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>商业发票</translation>
    </message>
    <message>
        <source>Bill of lading</source>
        <translation>提单 (B/L)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>MFN</source>
        <translation>最惠国税率</translation>
    </message>
    <message>
        <source>FTA</source>
        <translation>自贸协定税率</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>ECB</source>
        <translation>欧洲央行</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>暂定税率</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>集装箱</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>货运</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>起运地</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>提货</translation>
    </message>
    <message>
        <source>Export clearance</source>
        <translation>出口清关</translation>
    </message>
    <message>
        <source>Inland transport</source>
        <translation>内陆运输</translation>
    </message>
    <message>
        <source>Terminal handling</source>
        <translation>码头操作</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>装货</translation>
    </message>
    <message>
        <source>Unloading</source>
        <translation>卸货</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>港口</translation>
    </message>
    <message>
        <source>Import clearance</source>
        <translation>进口清关</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>查验</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送货</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
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
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Supplier Desk</source>
        <translation>欢迎使用 Supplier Desk</translation>
    </message>
    <message>
        <source>The database is empty. Load the demo data to look around: forty Latin American growers, packers and fisheries with their people, deals, shipments and follow-ups. Or bring in your own supplier list.</source>
        <translation>数据库是空的。可以加载演示数据先看一看：四十家拉美种植商、包装厂和渔业公司，以及他们的联系人、交易、货运和跟进。也可以导入您自己的供应商清单。</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>数据库：{name}</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>正在加载演示数据…</translation>
    </message>
</context>
</TS>
