<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActivitiesPanel</name>
    <message>
        <source>who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is to do the follow-up (any name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date {0} is in the past: save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddChargeDialog</name>
    <message>
        <source>Add charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route (choose one in the list first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 350</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} charge at {where} stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddRateDialog</name>
    <message>
        <source>Add exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units of To for one From, e.g. 7.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: 1 {src} = {rate} {dst} stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddRouteDialog</name>
    <message>
        <source>Add freight route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Manzanillo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg one container carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent, e.g. 0.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freight cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route {ports} ({mode}) stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddTariffDialog</name>
    <message>
        <source>Add tariff row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 to 10 digits, e.g. 0804.40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent, e.g. 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Customs Tariff of the PRC 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hs} from {origin}: duty {duty}%, VAT {vat}% stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveNotice</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files to attach (or drop them on the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a copy with the system&apos;s viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files can be attached once the record is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files yet: drop files here or choose Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) · drop files here to attach them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No program opens this kind of file; a copy is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Open pipeline {0} at the latest rates on or before {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificationsPanel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of the row chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: not available in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrations could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: choose a row to see its evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Default columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns this list shows (and exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Products with at least one supplier offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this comparison as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier has made an offer yet: offers are recorded in a negotiation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier offer for this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offers could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import VAT included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import VAT left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landed cost per kg in {0}, {1}: each supplier&apos;s latest offer at the rates of its date, cheapest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) lack an input (named in the last column).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s) with an offer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceListDialog</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to open its supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations and certificates expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations and certificates suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations and certificates due within {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(the first {0} shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceStrip</name>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations (GACC, SAG, SENASICA, SENASA) and certificates of the suppliers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>e.g. sales manager, export director</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new mail to this contact (or click the address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a WhatsApp chat (or click the number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the WeChat ID to paste it in WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountTile</name>
    <message>
        <source>Click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in {0} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>via {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the existing supplier instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is another company: save this new supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplier like this exists: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more like it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0804.40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net kg in one box or carton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net kg in a 20&apos; reefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net kg in a 40&apos; reefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf life (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest temperature (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest temperature (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net kg per box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net kg per 20&apos; container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net kg per 40&apos; container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold for Chinese New Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shipment landing after the Chinese New Year it aims at is flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Deal sheet for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target price, gap, landed cost, internal notes, follow-ups or missing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, with the landed cost of the latest offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send deal sheet by email…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Type or paste the file&apos;s path, choose it, or drop it on this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: there is no file at this path; check it, or use Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: this path is a folder; add the file&apos;s name, or use Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesButton</name>
    <message>
        <source>Files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached to %1: click to see them, or drop files here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No file attached to %1: click to attach, or drop files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreightDialog</name>
    <message>
        <source>Freight and charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges of the chosen route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port charges (any route through the port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add charge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the charge chosen, else the route chosen with its charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} {currency} / {per}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate}% on {cover}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port charge(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges of {route}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {kind} charge at {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the route {name} and its %n charge(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Supplier Desk: user guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Archived {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>the product the prices are for, in rows that name none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product of the prices:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NegotiationForm</name>
    <message>
        <source>e.g. Hass avocado, cherries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cat I, calibre 48</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 20000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3.80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 30% advance, 70% against B/L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Valparaíso, Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferForm</name>
    <message>
        <source>e.g. 3.95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 20000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Valparaíso, Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferRoundsModel</name>
    <message>
        <source>Landed {currency}/kg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <source>Loading offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offers could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the negotiation to record its offers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>The file and the recorded supplier disagree on these fields. The recorded value is kept unless you tick “Use the file&apos;s”. Where a new supplier is named on two rows of the file, the first row&apos;s value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These cells could not be read: the rows are imported with the field left empty. Fix them on the supplier later, or save the rows to fix and import them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rows to fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel file with the rows with errors or warnings as they are in the file, plus a Problem column: fix them there and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported with a field left empty</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save rows to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows to fix saved to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing {figures}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers priced or sized per box or container need these figures: without them their landed cost is not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n products: search to find others</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lack packaging (marked): offers of theirs per box or container get no landed cost</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>kg per box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg per container</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update from ECB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the European Central Bank&apos;s reference rates of today (EUR-based)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n rates: choose a pair to see its older ones</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the ECB&apos;s rates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>No {0} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Edit registration or certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a registration or certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGN, CIFER, CSG/CSP code, certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing Curicó, Planta 2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand only when the authority says so (pending, suspended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: the supplier&apos;s whole range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeasonView</name>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the season calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green: peak · light green: shipping · white: out of season · amber: a deal or shipment out of season. {deal} open negotiations, {shipment} shipments to arrive, {flag} flagged, {cny} Chinese New Year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Chinese New Year {year}: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese New Year {year}: not in the table (2025-2035)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No season recorded, and no open negotiation or shipment to arrive in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The season calendar could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) flagged:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the red months)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product and origin row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged shipment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShipmentForm</name>
    <message>
        <source>e.g. MSKU1234565</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. -0.5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageCard</name>
    <message>
        <source>Target price × target volume, in {0} at today&apos;s rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same deals in the currency each was agreed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals at this stage; value = target price × target volume. Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n deal(s) without a {0}→{1} rate</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) without packaging</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TariffsDialog</name>
    <message>
        <source>China import tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;These rows are your own.&lt;/b&gt; The demo&apos;s rows are examples. Duty and VAT rates change: check every row against the current Customs Tariff of the People&apos;s Republic of China (and the FTA&apos;s certificate-of-origin rules) before relying on a landed cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS code, e.g. 0804.40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which row applies today to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tariff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tariff row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n tariff rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies today: {hs} from {origin}, duty {duty} ({scheme}), VAT {vat}, valid from {start}{until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add one with Add tariff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hs} from {origin}, valid from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tariff row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the row {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>MFN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Files not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The change is recorded with this warning in the history:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
