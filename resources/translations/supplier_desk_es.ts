<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Supplier Desk</source>
        <translation>Acerca de Supplier Desk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Suppliers, contacts, negotiations and shipments.</source>
        <translation>Proveedores, contactos, negociaciones y embarques.</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Base de datos: {database}</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Supplier Desk uses Qt and Qt for Python (PySide6, shiboken6) under the GNU Lesser General Public License version 3. They are separate shared libraries (the PySide6 folder beside the program in an installed copy) that you may replace with your own build of the same version. Their source code: {sources}; the licence: {licence}.</source>
        <translation>Supplier Desk usa Qt y Qt for Python (PySide6, shiboken6) bajo la Licencia Pública General Reducida de GNU, versión 3. Son bibliotecas compartidas separadas (la carpeta PySide6 junto al programa en una copia instalada) que puede sustituir por su propia compilación de la misma versión. Su código fuente: {sources}; la licencia: {licence}.</translation>
    </message>
    <message>
        <source>Supplier Desk itself is under the MIT licence.</source>
        <translation>Supplier Desk en sí está bajo la licencia MIT.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Fonts embedded in PDF exports</source>
        <translation>Fuentes incrustadas en las exportaciones PDF</translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message>
        <source>a note cannot be attached to a {kind}</source>
        <translation>no se puede adjuntar una nota a {kind}</translation>
    </message>
    <message>
        <source>a follow-up needs a due date</source>
        <translation>un seguimiento necesita fecha de vencimiento</translation>
    </message>
    <message>
        <source>only follow-ups can be marked done</source>
        <translation>solo los seguimientos se pueden marcar como hechos</translation>
    </message>
</context>
<context>
    <name>ActivitiesPanel</name>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Called about the sample shipment…</source>
        <translation>Llamada sobre el embarque de muestras…</translation>
    </message>
    <message>
        <source>A follow-up needs a due date; a note has none</source>
        <translation>Un seguimiento requiere fecha límite; una nota no</translation>
    </message>
    <message>
        <source>for a follow-up</source>
        <translation>para un seguimiento</translation>
    </message>
    <message>
        <source>who does it</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>Who is to do the follow-up (any name)</source>
        <translation>Quién se encarga del seguimiento (cualquier nombre)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Agregar seguimiento</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar hecho</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Due date in the past</source>
        <translation>Fecha límite pasada</translation>
    </message>
    <message>
        <source>Due date {day} is in the past: save anyway?</source>
        <translation>La fecha límite {day} ya pasó: ¿guardar de todos modos?</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Nota no guardada</translation>
    </message>
    <message>
        <source>Follow-up not changed</source>
        <translation>Seguimiento sin cambios</translation>
    </message>
</context>
<context>
    <name>AddChargeDialog</name>
    <message>
        <source>Add charge</source>
        <translation>Agregar cargo</translation>
    </message>
    <message>
        <source>Route {name}</source>
        <translation>Ruta {name}</translation>
    </message>
    <message>
        <source>Route (choose one in the list first)</source>
        <translation>Ruta (primero elija una en la lista)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>e.g. Shanghai</source>
        <translation>p. ej., Shanghái</translation>
    </message>
    <message>
        <source>e.g. 350</source>
        <translation>p. ej., 350</translation>
    </message>
    <message>
        <source>per container</source>
        <translation>por contenedor</translation>
    </message>
    <message>
        <source>per kg</source>
        <translation>por kg</translation>
    </message>
    <message>
        <source>per shipment</source>
        <translation>por embarque</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>{kind} charge at {where} stored</source>
        <translation>Cargo «{kind}» en {where} guardado</translation>
    </message>
</context>
<context>
    <name>AddRateDialog</name>
    <message>
        <source>Add exchange rate</source>
        <translation>Agregar tipo de cambio</translation>
    </message>
    <message>
        <source>units of To for one From, e.g. 7.10</source>
        <translation>unidades de «A» por una de «De», p. ej., 7.10</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>{day}: 1 {src} = {rate} {dst} stored</source>
        <translation>{day}: 1 {src} = {rate} {dst} guardado</translation>
    </message>
</context>
<context>
    <name>AddRouteDialog</name>
    <message>
        <source>Add freight route</source>
        <translation>Agregar ruta de flete</translation>
    </message>
    <message>
        <source>e.g. Manzanillo</source>
        <translation>p. ej., Manzanillo</translation>
    </message>
    <message>
        <source>e.g. Shanghai</source>
        <translation>p. ej., Shanghái</translation>
    </message>
    <message>
        <source>e.g. 5200</source>
        <translation>p. ej., 5200</translation>
    </message>
    <message>
        <source>per container</source>
        <translation>por contenedor</translation>
    </message>
    <message>
        <source>per kg</source>
        <translation>por kg</translation>
    </message>
    <message>
        <source>kg one container carries</source>
        <translation>kg que carga un contenedor</translation>
    </message>
    <message>
        <source>percent, e.g. 0.3</source>
        <translation>porcentaje, p. ej., 0.3</translation>
    </message>
    <message>
        <source>From port</source>
        <translation>Puerto de origen</translation>
    </message>
    <message>
        <source>To port</source>
        <translation>Puerto de destino</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Freight cost</source>
        <translation>Costo del flete</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Payload kg</source>
        <translation>Carga útil kg</translation>
    </message>
    <message>
        <source>Insurance %</source>
        <translation>Seguro %</translation>
    </message>
    <message>
        <source>Cover %</source>
        <translation>Cobertura %</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Route {ports} ({mode}) stored</source>
        <translation>Ruta {ports} ({mode}) guardada</translation>
    </message>
</context>
<context>
    <name>AddTariffDialog</name>
    <message>
        <source>Add tariff row</source>
        <translation>Agregar fila de arancel</translation>
    </message>
    <message>
        <source>6 to 10 digits, e.g. 0804.40</source>
        <translation>de 6 a 10 dígitos, p. ej., 0804.40</translation>
    </message>
    <message>
        <source>percent, e.g. 7</source>
        <translation>porcentaje, p. ej., 7</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>hasta nuevo aviso</translation>
    </message>
    <message>
        <source>e.g. Customs Tariff of the PRC 2026</source>
        <translation>p. ej., Arancel Aduanero de la RPC 2026</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Código SA</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Duty %</source>
        <translation>Arancel %</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Régimen</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>IVA %</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>{hs} from {origin}: duty {duty}%, VAT {vat}% stored</source>
        <translation>{hs} de {origin}: arancel {duty}%, IVA {vat}% guardado</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The local database: {reason}</source>
        <translation>La base de datos local: {reason}</translation>
    </message>
    <message>
        <source>Connected to {database}</source>
        <translation>Conectado a {database}</translation>
    </message>
</context>
<context>
    <name>ArchiveNotice</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
    <message>
        <source>Files not attached</source>
        <translation>Archivos no adjuntados</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation>Adjuntado por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <source>Choose files to attach (or drop them on the list)</source>
        <translation>Elegir archivos para adjuntar (o soltarlos en la lista)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open a copy with the system's viewer</source>
        <translation>Abrir una copia con el visor del sistema</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar copia…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Files not shown</source>
        <translation>No se pudieron mostrar los archivos</translation>
    </message>
    <message>
        <source>Files can be attached once the record is saved.</source>
        <translation>Se pueden adjuntar archivos una vez guardado el registro.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No files yet: drop files here or choose Attach…</source>
        <translation>Aún no hay archivos: suéltelos aquí o elija Adjuntar…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) · drop files here to attach them</source>
        <translation>
            <numerusform>%n archivo · suelte archivos aquí para adjuntarlos</numerusform>
            <numerusform>%n archivos · suelte archivos aquí para adjuntarlos</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Adjuntando %n archivo…</numerusform>
            <numerusform>Adjuntando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>No program opens this kind of file; a copy is in {path}</source>
        <translation>Ningún programa abre este tipo de archivo; hay una copia en {path}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <source>Remove {name} from this record?</source>
        <translation>¿Quitar {name} de este registro?</translation>
    </message>
    <message>
        <source>File not opened</source>
        <translation>Archivo no abierto</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar copia</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Copia no guardada</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Quitar archivo</translation>
    </message>
    <message>
        <source>File not removed</source>
        <translation>Archivo no quitado</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Due on {day}</source>
        <translation>Vence el {day}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Shipments on the move</source>
        <translation>Embarques en curso</translation>
    </message>
    <message>
        <source>Follow-ups overdue or due today</source>
        <translation>Seguimientos vencidos o para hoy</translation>
    </message>
    <message>
        <source>No shipment is booked, on the water or at customs.</source>
        <translation>Ningún embarque reservado, en tránsito ni en aduana.</translation>
    </message>
    <message>
        <source>Nothing is overdue or due today.</source>
        <translation>No hay nada vencido ni para hoy.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Cartera de negocios</translation>
    </message>
    <message>
        <source>{suppliers}, {deals}, {shipments}, {tasks}</source>
        <translation>{suppliers}, {deals}, {shipments}, {tasks}</translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n proveedor</numerusform>
            <numerusform>%n proveedores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n negocio abierto</numerusform>
            <numerusform>%n negocios abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) moving</source>
        <translation>
            <numerusform>%n embarque en curso</numerusform>
            <numerusform>%n embarques en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n seguimiento pendiente</numerusform>
            <numerusform>%n seguimientos pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipments on the move ({count}, {late} late)</source>
        <translation>Embarques en curso ({count}, {late} con retraso)</translation>
    </message>
    <message>
        <source>Shipments on the move ({count})</source>
        <translation>Embarques en curso ({count})</translation>
    </message>
    <message>
        <source>Follow-ups overdue or due today ({count}, {overdue} overdue)</source>
        <translation>Seguimientos vencidos o para hoy ({count}, {overdue} vencidos)</translation>
    </message>
    <message>
        <source>Follow-ups overdue or due today ({count})</source>
        <translation>Seguimientos vencidos o para hoy ({count})</translation>
    </message>
    <message>
        <source>Open pipeline {total} at the latest rates on or before {day}.</source>
        <translation>Cartera abierta: {total}, a los tipos de cambio más recientes al {day}.</translation>
    </message>
    <message>
        <source>Open pipeline {total} at the latest rates on or before {day}: {rates}.</source>
        <translation>Cartera abierta: {total}, a los tipos de cambio más recientes al {day}: {rates}.</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>is not an ISO 3166 alpha-2 code such as MX</source>
        <translation>no es un código ISO 3166 alfa-2 como MX</translation>
    </message>
    <message>
        <source>has more than one main contact</source>
        <translation>tiene más de un contacto principal</translation>
    </message>
    <message>
        <source>is not an ISO 4217 code such as USD</source>
        <translation>no es un código ISO 4217 como USD</translation>
    </message>
    <message>
        <source>Record {index}, {field}</source>
        <translation>Registro {index}, {field}</translation>
    </message>
</context>
<context>
    <name>Cells</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>CertificationsPanel</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>hace %n día</numerusform><numerusform>hace %n días</numerusform></translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>{status} (by hand)</source>
        <translation>{status} (manual)</translation>
    </message>
    <message>
        <source>whole range</source>
        <translation>toda la gama</translation>
    </message>
    <message>
        <source>{kind}, {when}</source>
        <translation>{kind}, {when}</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation><numerusform>y %n más</numerusform><numerusform>y %n más</numerusform></translation>
    </message>
    <message>
        <source>{count} ({which})</source>
        <translation>{count} ({which})</translation>
    </message>
    <message>
        <source>No registration or certificate recorded: none lets this supplier ship to China.</source>
        <translation>No hay registros ni certificados: nada permite a este proveedor exportar a China.</translation>
    </message>
    <message numerus="yes">
        <source>%n active registration(s)</source>
        <translation><numerusform>%n registro vigente</numerusform><numerusform>%n registros vigentes</numerusform></translation>
    </message>
    <message>
        <source>no active registration</source>
        <translation>ningún registro vigente</translation>
    </message>
    <message numerus="yes">
        <source>%n active certificate(s)</source>
        <translation><numerusform>%n certificado vigente</numerusform><numerusform>%n certificados vigentes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) expired</source>
        <translation><numerusform>%n registro vencido</numerusform><numerusform>%n registros vencidos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expired</source>
        <translation><numerusform>%n certificado vencido</numerusform><numerusform>%n certificados vencidos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n suspended</source>
        <translation><numerusform>%n suspendido</numerusform><numerusform>%n suspendidos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n due within {days} days</source>
        <translation><numerusform>%n vence en {days} días</numerusform><numerusform>%n vencen en {days} días</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation><numerusform>%n pendiente</numerusform><numerusform>%n pendientes</numerusform></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Files of the row chosen</source>
        <translation>Archivos de la fila elegida</translation>
    </message>
    <message>
        <source>Files: not available in this version</source>
        <translation>Archivos: no disponibles en esta versión</translation>
    </message>
    <message>
        <source>The registrations could not be read.</source>
        <translation>No se pudieron leer los registros.</translation>
    </message>
    <message>
        <source>Files: choose a row to see its evidence</source>
        <translation>Archivos: elija una fila para ver sus respaldos</translation>
    </message>
    <message>
        <source>Files of {name}</source>
        <translation>Archivos de {name}</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>¿Eliminar {name}?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se eliminó</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Default columns</source>
        <translation>Columnas predeterminadas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Choose the columns this list shows (and exports)</source>
        <translation>Elegir las columnas que muestra (y exporta) esta lista</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>Clic para ordenar; clic derecho para elegir las columnas</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ETD</source>
        <translation>ETD</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Landed /kg</source>
        <translation>Puesto en destino /kg</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Precio prov.</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Nuestro precio</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Mon.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Target volume</source>
        <translation>Volumen objetivo</translation>
    </message>
    <message>
        <source>Volume unit</source>
        <translation>Unidad de volumen</translation>
    </message>
    <message>
        <source>Target price</source>
        <translation>Precio objetivo</translation>
    </message>
    <message>
        <source>Price in</source>
        <translation>Precio en</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <source>Delivery from</source>
        <translation>Entrega desde</translation>
    </message>
    <message>
        <source>Delivery to</source>
        <translation>Entrega hasta</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Container / AWB</source>
        <translation>Contenedor / AWB</translation>
    </message>
    <message>
        <source>Docs missing</source>
        <translation>Docs faltantes</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Sello</translation>
    </message>
    <message>
        <source>B/L / AWB</source>
        <translation>B/L / AWB</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Vessel / flight</source>
        <translation>Buque / vuelo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>ATD</source>
        <translation>ATD</translation>
    </message>
    <message>
        <source>ATA</source>
        <translation>ATA</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>ID fiscal</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Missing: {inputs}</source>
        <translation>Falta: {inputs}</translation>
    </message>
    <message>
        <source>Landed in China per kg, {currency}, at the rates of {day}</source>
        <translation>Puesto en China por kg, {currency}, a los tipos de cambio del {day}</translation>
    </message>
    <message>
        <source>Offer of {day}, expired on {until}</source>
        <translation>Oferta del {day}, vencida el {until}</translation>
    </message>
    <message>
        <source>Offer of {day}, valid until {until}</source>
        <translation>Oferta del {day}, válida hasta el {until}</translation>
    </message>
    <message>
        <source>Double-click to open the negotiation</source>
        <translation>Doble clic para abrir la negociación</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>Offer date</source>
        <translation>Fecha de oferta</translation>
    </message>
    <message>
        <source>Price as offered</source>
        <translation>Precio ofertado</translation>
    </message>
    <message>
        <source>Landed / kg</source>
        <translation>Puesto en destino / kg</translation>
    </message>
    <message>
        <source>Missing inputs</source>
        <translation>Datos faltantes</translation>
    </message>
    <message>
        <source>Products with at least one supplier offer</source>
        <translation>Productos con al menos una oferta de proveedor</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Producto:</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Exportar .xlsx…</translation>
    </message>
    <message>
        <source>Save this comparison as an Excel workbook</source>
        <translation>Guardar esta comparación como libro de Excel</translation>
    </message>
    <message>
        <source>Compare offers</source>
        <translation>Comparar ofertas</translation>
    </message>
    <message>
        <source>Loading offers…</source>
        <translation>Cargando ofertas…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No supplier has made an offer yet: offers are recorded in a negotiation.</source>
        <translation>Ningún proveedor ha hecho una oferta todavía: las ofertas se registran en una negociación.</translation>
    </message>
    <message>
        <source>No supplier offer for this product.</source>
        <translation>No hay ofertas de proveedores para este producto.</translation>
    </message>
    <message>
        <source>The offers could not be read.</source>
        <translation>No se pudieron leer las ofertas.</translation>
    </message>
    <message>
        <source>import VAT included</source>
        <translation>con IVA de importación</translation>
    </message>
    <message>
        <source>import VAT left out</source>
        <translation>sin IVA de importación</translation>
    </message>
    <message>
        <source>Landed cost per kg in {currency}, {vat}: each supplier's latest offer at the rates of its date, cheapest first.</source>
        <translation>Costo puesto en destino por kg en {currency}, {vat}: la última oferta de cada proveedor a los tipos de cambio de su fecha, de la más barata a la más cara.</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) lacking an input (named in the last column).</source>
        <translation>
            <numerusform>%n oferta con datos faltantes (indicados en la última columna).</numerusform>
            <numerusform>%n ofertas con datos faltantes (indicados en la última columna).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Exportar la comparación</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s) with an offer</source>
        <translation>
            <numerusform>%n proveedor con oferta</numerusform>
            <numerusform>%n proveedores con oferta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceListDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Double-click a row to open its supplier.</source>
        <translation>Doble clic en una fila para abrir su proveedor.</translation>
    </message>
    <message>
        <source>Registrations and certificates expired</source>
        <translation>Registros y certificados vencidos</translation>
    </message>
    <message>
        <source>Registrations and certificates suspended</source>
        <translation>Registros y certificados suspendidos</translation>
    </message>
    <message numerus="yes">
        <source>Registrations and certificates due within %n day(s)</source>
        <translation>
            <numerusform>Registros y certificados que vencen en %n día</numerusform>
            <numerusform>Registros y certificados que vencen en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>{rows} (the first {shown} shown)</source>
        <translation>{rows} (se muestran las primeras {shown})</translation>
    </message>
    <message>
        <source>The rows could not be read.</source>
        <translation>No se pudieron leer las filas.</translation>
    </message>
</context>
<context>
    <name>ComplianceStatus</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
</context>
<context>
    <name>ComplianceStrip</name>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Registrations (GACC, SAG, SENASICA, SENASA) and certificates of the suppliers</source>
        <translation>Registros (GACC, SAG, SENASICA, SENASA) y certificados de los proveedores</translation>
    </message>
</context>
<context>
    <name>ComplianceWarning</name>
    <message>
        <source>Compliance warning</source>
        <translation>Advertencia de cumplimiento</translation>
    </message>
    <message>
        <source>Saved. The change is recorded with this warning in the history:</source>
        <translation>Guardado. El cambio queda registrado en el historial con esta advertencia:</translation>
    </message>
</context>
<context>
    <name>ComplianceWarnings</name>
    <message>
        <source>expired on {date}</source>
        <translation>venció el {date}</translation>
    </message>
    <message>
        <source>is pending until {date}</source>
        <translation>está pendiente hasta el {date}</translation>
    </message>
    <message>
        <source>is pending</source>
        <translation>está pendiente</translation>
    </message>
    <message>
        <source>is suspended</source>
        <translation>está suspendido</translation>
    </message>
    <message>
        <source>is expired</source>
        <translation>está vencido</translation>
    </message>
    <message>
        <source>is active</source>
        <translation>está vigente</translation>
    </message>
    <message>
        <source>Compliance warning: {supplier} has no registration for China covering {product} (GACC, SAG CSG/CSP, SENASICA or SENASA): none is recorded.</source>
        <translation>Alerta de cumplimiento: {supplier} no tiene un registro para China que cubra {product} (GACC, SAG CSG/CSP, SENASICA o SENASA): no hay ninguno registrado.</translation>
    </message>
    <message>
        <source>Compliance warning: {supplier} has no active registration covering {product}: {row} {state}.</source>
        <translation>Alerta de cumplimiento: {supplier} no tiene un registro vigente que cubra {product}: {row} {state}.</translation>
    </message>
    <message>
        <source>Compliance warning: {row} of {supplier}, covering {product}, expires on {date}, before the ETA {eta}.</source>
        <translation>Alerta de cumplimiento: {row} de {supplier}, que cubre {product}, vence el {date}, antes de la ETA {eta}.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>{entity} changed while you were editing</source>
        <translation>{entity}: cambió mientras usted editaba</translation>
    </message>
    <message>
        <source>Someone else saved this {entity} after you opened it. Your changes were not saved. For each field both of you changed, choose the value to keep; fields only one of you changed keep that change.</source>
        <translation>Otra persona guardó este registro ({entity}) después de que usted lo abrió. Sus cambios no se guardaron. En cada campo que ambos cambiaron, elija el valor que se conserva; los campos que solo uno cambió conservan ese cambio.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Al abrirlo</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Del otro (guardado)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Suyo</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>Guardar con esta elección</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>Descartar mis cambios</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Off (no encryption)</source>
        <translation>Desactivado (sin cifrado)</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>Si el servidor lo ofrece</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Required, with the server's certificate checked</source>
        <translation>Obligatorio, verificando el certificado del servidor</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password cannot be remembered and is kept for this session only.</source>
        <translation>Este equipo no tiene llavero: la contraseña no se puede recordar y solo se conserva durante esta sesión.</translation>
    </message>
    <message>
        <source>Connect to team database</source>
        <translation>Conectar a la base de datos del equipo</translation>
    </message>
    <message>
        <source>A server on another computer is always reached with encryption; with a certificate authority's file its certificate and name are checked too</source>
        <translation>Un servidor en otra computadora siempre se conecta con cifrado; con el archivo de la autoridad certificadora también se verifican su certificado y su nombre</translation>
    </message>
    <message>
        <source>Optional: the CA's certificate file (.pem)</source>
        <translation>Opcional: certificado de la CA (.pem)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Remember the password (in this computer's keyring)</source>
        <translation>Recordar la contraseña (en el llavero de este equipo)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Cifrado (TLS)</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autoridad certificadora</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Use the local database</source>
        <translation>Usar la base de datos local</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>The team's PostgreSQL server. Ask whoever set it up for these details.</source>
        <translation>El servidor PostgreSQL del equipo. Pida estos datos a quien lo configuró.</translation>
    </message>
    <message>
        <source>The certificate authority's file</source>
        <translation>Archivo de la autoridad certificadora</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Conectando a {server}…</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>No se puede abrir la base de datos.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Open the local database</source>
        <translation>Abrir la base de datos local</translation>
    </message>
    <message>
        <source>Connection…</source>
        <translation>Conexión…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>There is no Supplier Desk database there yet.</source>
        <translation>Todavía no hay una base de datos de Supplier Desk allí.</translation>
    </message>
    <message>
        <source>{reason}.

Create a new, empty database there?</source>
        <translation>{reason}.

¿Crear allí una base de datos nueva y vacía?</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>The database cannot be opened.

{reason}</source>
        <translation>No se puede abrir la base de datos.

{reason}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact at {supplier}</source>
        <translation>Nuevo contacto en {supplier}</translation>
    </message>
    <message>
        <source>Contact at {supplier}</source>
        <translation>Contacto en {supplier}</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Guardar contacto</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Type a supplier's name…</source>
        <translation>Escriba el nombre del proveedor…</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>e.g. sales manager, export director</source>
        <translation>p. ej., gerente de ventas, director de exportaciones</translation>
    </message>
    <message>
        <source>local or +country code</source>
        <translation>local o +código de país</translation>
    </message>
    <message>
        <source>Main contact at this supplier</source>
        <translation>Contacto principal de este proveedor</translation>
    </message>
    <message>
        <source>choose the supplier from the list</source>
        <translation>elija el proveedor de la lista</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Write email</source>
        <translation>Escribir correo</translation>
    </message>
    <message>
        <source>A new mail to this contact (or click the address)</source>
        <translation>Nuevo correo a este contacto (o haga clic en la dirección)</translation>
    </message>
    <message>
        <source>WhatsApp chat</source>
        <translation>Chat de WhatsApp</translation>
    </message>
    <message>
        <source>Open a WhatsApp chat (or click the number)</source>
        <translation>Abrir un chat de WhatsApp (o haga clic en el número)</translation>
    </message>
    <message>
        <source>Copy WeChat ID</source>
        <translation>Copiar ID de WeChat</translation>
    </message>
    <message>
        <source>Copy the WeChat ID to paste it in WeChat</source>
        <translation>Copiar el ID de WeChat para pegarlo en WeChat</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>ID de WeChat</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <source>Delete {name}? This cannot be undone.</source>
        <translation>¿Eliminar a {name}? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Contact not deleted</source>
        <translation>Contacto no eliminado</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Any country</source>
        <translation>País: todos</translation>
    </message>
    <message>
        <source>Search contacts…</source>
        <translation>Buscar contactos…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountTile</name>
    <message>
        <source>Click to list them</source>
        <translation>Clic para verlos</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencidos</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendidos</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>vencen en %n día</numerusform>
            <numerusform>vencen en %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashLog</name>
    <message>
        <source>unexpected error ({summary}); details in {path}</source>
        <translation>error inesperado ({summary}); detalles en {path}</translation>
    </message>
    <message>
        <source>unexpected error ({summary})</source>
        <translation>error inesperado ({summary})</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Embarque</translation>
    </message>
    <message>
        <source>A supplier list from Excel, LibreOffice or CSV comes in with this button, with File ▸ Import spreadsheet (Ctrl+I), or by dropping the file on this window.</source>
        <translation>Una lista de proveedores de Excel, LibreOffice o CSV se importa con este botón, con Archivo ▸ Importar hoja de cálculo (Ctrl+I) o arrastrando el archivo a esta ventana.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>{day} ({late})</source>
        <translation>{day} ({late})</translation>
    </message>
    <message>
        <source>{rate} (via {pivot}, {day})</source>
        <translation>{rate} (vía {pivot}, {day})</translation>
    </message>
    <message>
        <source>{rate} ({day})</source>
        <translation>{rate} ({day})</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>No se pudieron leer las cifras.</translation>
    </message>
    <message>
        <source>No suppliers yet</source>
        <translation>Todavía no hay proveedores</translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n proveedor</numerusform>
            <numerusform>%n proveedores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-dd</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Elegir fecha</translation>
    </message>
</context>
<context>
    <name>DocumentsChecklist</name>
    <message>
        <source>Changes here are saved at once.</source>
        <translation>Los cambios aquí se guardan de inmediato.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>{document}: {status}</source>
        <translation>{document}: {status}</translation>
    </message>
    <message>
        <source>The checklist appears once the shipment is saved.</source>
        <translation>La lista aparece una vez guardado el embarque.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} missing</source>
        <translation>
            <numerusform>falta %n de {total}</numerusform>
            <numerusform>faltan %n de {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>{document} not saved: {reason}</source>
        <translation>{document} no guardado: {reason}</translation>
    </message>
    <message>
        <source>Document not saved</source>
        <translation>Documento no guardado</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Open it</source>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <source>Show the existing supplier instead</source>
        <translation>Mostrar el proveedor existente</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar igual</translation>
    </message>
    <message>
        <source>It is another company: save this new supplier</source>
        <translation>Es otra empresa: guardar este proveedor nuevo</translation>
    </message>
    <message>
        <source>A supplier like this exists: {name} ({country})</source>
        <translation>Ya existe un proveedor parecido: {name} ({country})</translation>
    </message>
    <message>
        <source>{supplier} (archived)</source>
        <translation>{supplier} (archivado)</translation>
    </message>
    <message numerus="yes">
        <source>{supplier} and %n more like it</source>
        <translation>
            <numerusform>{supplier} y %n más parecido</numerusform>
            <numerusform>{supplier} y %n más parecidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>Editar producto</translation>
    </message>
    <message>
        <source>e.g. 0804.40</source>
        <translation>p. ej., 0804.40</translation>
    </message>
    <message>
        <source>net kg in one box or carton</source>
        <translation>kg netos por caja o cartón</translation>
    </message>
    <message>
        <source>net kg in a 20' reefer</source>
        <translation>kg netos en un contenedor reefer de 20'</translation>
    </message>
    <message>
        <source>net kg in a 40' reefer</source>
        <translation>kg netos en un contenedor reefer de 40'</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Código SA</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Shelf life (days)</source>
        <translation>Vida útil (días)</translation>
    </message>
    <message>
        <source>Lowest temperature (°C)</source>
        <translation>Temperatura mínima (°C)</translation>
    </message>
    <message>
        <source>Highest temperature (°C)</source>
        <translation>Temperatura máxima (°C)</translation>
    </message>
    <message>
        <source>Net kg per box</source>
        <translation>kg netos por caja</translation>
    </message>
    <message>
        <source>Net kg per 20' container</source>
        <translation>kg netos por contenedor de 20'</translation>
    </message>
    <message>
        <source>Net kg per 40' container</source>
        <translation>kg netos por contenedor de 40'</translation>
    </message>
    <message>
        <source>Sold for Chinese New Year</source>
        <translation>Se vende para el Año Nuevo Chino</translation>
    </message>
    <message>
        <source>A shipment landing after the Chinese New Year it aims at is flagged</source>
        <translation>Se marca el embarque que llegue después del Año Nuevo Chino al que apunta</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>{name} saved</source>
        <translation>{name} guardado</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Shipment document</source>
        <translation>Documento de embarque</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Freight route</source>
        <translation>Ruta de flete</translation>
    </message>
    <message>
        <source>Freight charge</source>
        <translation>Cargo de flete</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Embarque</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Arancel</translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <source>Please correct:

{errors}</source>
        <translation>Corrija lo siguiente:

{errors}</translation>
    </message>
    <message>
        <source>Something went wrong: {summary}

The details were written to:
{file}

Your data is safe: the last change was not saved.</source>
        <translation>Algo salió mal: {summary}

Los detalles se guardaron en:
{file}

Sus datos están a salvo: el último cambio no se guardó.</translation>
    </message>
    <message>
        <source>Something went wrong: {summary}

Your data is safe: the last change was not saved.</source>
        <translation>Algo salió mal: {summary}

Sus datos están a salvo: el último cambio no se guardó.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{label}: {message}</source>
        <translation>{label}: {message}</translation>
    </message>
    <message>
        <source>{entity} {key} does not exist</source>
        <translation>{entity} {key} no existe</translation>
    </message>
    <message>
        <source>{entity} {key} was changed by someone else (it has been deleted)</source>
        <translation>{entity} {key} fue modificado por otra persona (fue eliminado)</translation>
    </message>
    <message>
        <source>{entity} {key} was changed by someone else (it is now at version {actual}, you edited version {expected})</source>
        <translation>{entity} {key} fue modificado por otra persona (ahora está en la versión {actual}; usted editó la versión {expected})</translation>
    </message>
    <message>
        <source>{entity} could not be saved: {reason}</source>
        <translation>{entity} no se pudo guardar: {reason}</translation>
    </message>
    <message>
        <source>another record already has the same value</source>
        <translation>otro registro ya tiene el mismo valor</translation>
    </message>
    <message>
        <source>it refers to a record that does not exist, or others still refer to it</source>
        <translation>hace referencia a un registro que no existe, o hay otros que aún lo referencian</translation>
    </message>
    <message>
        <source>a value is out of range</source>
        <translation>un valor está fuera de rango</translation>
    </message>
    <message>
        <source>a required value is missing</source>
        <translation>falta un valor obligatorio</translation>
    </message>
    <message>
        <source>the database refused it</source>
        <translation>la base de datos lo rechazó</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export suppliers</source>
        <translation>Exportar proveedores</translation>
    </message>
    <message>
        <source>Export negotiations</source>
        <translation>Exportar negociaciones</translation>
    </message>
    <message>
        <source>Export shipments</source>
        <translation>Exportar embarques</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>Deal sheet language</source>
        <translation>Idioma de la ficha</translation>
    </message>
    <message>
        <source>Deal sheet for</source>
        <translation>Ficha para</translation>
    </message>
    <message>
        <source>The partner</source>
        <translation>La contraparte</translation>
    </message>
    <message>
        <source>No target price, gap, landed cost, internal notes, follow-ups or missing documents</source>
        <translation>Sin precio objetivo, diferencia, costo puesto en destino, notas internas, seguimientos ni documentos faltantes</translation>
    </message>
    <message>
        <source>Internal use</source>
        <translation>Uso interno</translation>
    </message>
    <message>
        <source>Everything, with the landed cost of the latest offers</source>
        <translation>Todo, con el costo puesto en destino de las últimas ofertas</translation>
    </message>
    <message>
        <source>Deal sheet (PDF)…</source>
        <translation>Ficha de negociación (PDF)…</translation>
    </message>
    <message>
        <source>Deal sheet (Excel)…</source>
        <translation>Ficha de negociación (Excel)…</translation>
    </message>
    <message>
        <source>Send deal sheet by email…</source>
        <translation>Enviar ficha por correo…</translation>
    </message>
    <message>
        <source>Pipeline report (Excel)…</source>
        <translation>Reporte de cartera (Excel)…</translation>
    </message>
    <message>
        <source>Pipeline report (PDF)…</source>
        <translation>Reporte de cartera (PDF)…</translation>
    </message>
    <message>
        <source>This list (Excel)…</source>
        <translation>Esta lista (Excel)…</translation>
    </message>
    <message>
        <source>This list (CSV)…</source>
        <translation>Esta lista (CSV)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Select a negotiation first</source>
        <translation>Primero seleccione una negociación</translation>
    </message>
    <message>
        <source>Export the deal sheet</source>
        <translation>Exportar la ficha de negociación</translation>
    </message>
    <message>
        <source>Export the pipeline report</source>
        <translation>Exportar el reporte de cartera</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Exportando a {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>{name} se guardó en {folder}.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en carpeta</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>In the header of every sheet</source>
        <translation>En el encabezado de cada ficha</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Archivo del logotipo</translation>
    </message>
    <message>
        <source>A PNG or JPEG image; none if empty</source>
        <translation>Una imagen PNG o JPEG; ninguno si está vacío</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>Your name as sheets show it</source>
        <translation>Su nombre tal como aparece en las fichas</translation>
    </message>
    <message>
        <source>Default label language</source>
        <translation>Idioma predeterminado de las etiquetas</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <source>Deal sheets are for</source>
        <translation>Las fichas de negociación son para</translation>
    </message>
    <message>
        <source>The partner's sheet leaves out the target price, gap, landed cost, internal notes, follow-ups and missing documents; the internal one has them all</source>
        <translation>La ficha para el proveedor omite el precio objetivo, la diferencia, el costo puesto en destino, las notas internas, los seguimientos y los documentos faltantes; la interna los incluye todos</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Moneda de reporte</translation>
    </message>
    <message>
        <source>Landed costs and pipeline totals are given in it</source>
        <translation>Los costos puestos en destino y los totales del pipeline se expresan en ella</translation>
    </message>
    <message>
        <source>Import VAT in landed cost</source>
        <translation>IVA de importación en el costo puesto en destino</translation>
    </message>
    <message>
        <source>Leave it out when the importer recovers input VAT</source>
        <translation>Omítalo cuando el importador recupera el IVA soportado</translation>
    </message>
    <message>
        <source>Compliance warning window (days)</source>
        <translation>Aviso de cumplimiento (días)</translation>
    </message>
    <message>
        <source>A registration or certificate that runs out within this many days is due (amber, Home's Compliance card, the suppliers' marker)</source>
        <translation>Un registro o certificado que vence dentro de esta cantidad de días se considera por vencer (ámbar, tarjeta Cumplimiento de Inicio, marcador de proveedores)</translation>
    </message>
    <message>
        <source>Largest attached file (MB)</source>
        <translation>Tamaño máximo de adjunto (MB)</translation>
    </message>
    <message>
        <source>A file over this size is refused when attached to a record ({low} to {high} MB; every file is kept in the database)</source>
        <translation>Un archivo mayor que este tamaño se rechaza al adjuntarlo a un registro (de {low} a {high} MB; cada archivo se guarda en la base de datos)</translation>
    </message>
    <message>
        <source>Shelf-life margin (days)</source>
        <translation>Margen de vida útil (días)</translation>
    </message>
    <message>
        <source>A shipment whose transit (ETA - ETD) leaves fewer days than this of its product's shelf life is flagged (Season view, the shipment form)</source>
        <translation>Se marca un embarque cuyo tránsito (ETA - ETD) deja menos de estos días de vida útil del producto (vista Temporada, formulario de embarque)</translation>
    </message>
    <message>
        <source>cannot save the export settings to {path}: {reason}</source>
        <translation>no se pueden guardar las preferencias de exportación en {path}: {reason}</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <source>Left out (VAT recovered)</source>
        <translation>Excluido (IVA recuperable)</translation>
    </message>
    <message>
        <source>The partner (nothing internal)</source>
        <translation>El proveedor (nada interno)</translation>
    </message>
    <message>
        <source>Internal use (everything, with landed costs)</source>
        <translation>Uso interno (todo, con costos puestos en destino)</translation>
    </message>
    <message>
        <source>No such file: {file}</source>
        <translation>No existe el archivo: {file}</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image file</source>
        <translation>{file} es una carpeta, no un archivo de imagen</translation>
    </message>
    <message>
        <source>{file} is not an image that can be read</source>
        <translation>{file} no es una imagen que se pueda leer</translation>
    </message>
    <message>
        <source>{file} is a {format} image: use a PNG or JPEG</source>
        <translation>{file} es una imagen {format}: use PNG o JPEG</translation>
    </message>
</context>
<context>
    <name>ExportSettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>{user} (your user name)</source>
        <translation>{user} (su nombre de usuario)</translation>
    </message>
    <message>
        <source>Deal sheets and the pipeline report show these. The language, the paper and whom a deal sheet is for are the defaults of each export.</source>
        <translation>Las fichas de negociación y el informe de negociaciones muestran estos datos. El idioma, el papel y el destinatario de la ficha son los valores predeterminados de cada exportación.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The change takes effect the next time Supplier Desk starts.</source>
        <translation>El cambio se aplica la próxima vez que se inicie Supplier Desk.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>su carpeta no existe</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>es un dispositivo, no un archivo</translation>
    </message>
    <message>
        <source>it is a pipe (FIFO), not a file</source>
        <translation>es una tubería (FIFO), no un archivo</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>es un socket, no un archivo</translation>
    </message>
    <message>
        <source>it is a link that leads nowhere (a loop)</source>
        <translation>es un enlace que no lleva a ninguna parte (un bucle)</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}: choose a file name</source>
        <translation>no se puede escribir {path}: {reason}: elija un nombre de archivo</translation>
    </message>
    <message>
        <source>{path} is read-only: choose another name or make it writable</source>
        <translation>{path} es de solo lectura: elija otro nombre o permita escribir en él</translation>
    </message>
    <message>
        <source>cannot write {path}: a list exports to .xlsx or .csv</source>
        <translation>no se puede escribir {path}: una lista se exporta a .xlsx o .csv</translation>
    </message>
    <message>
        <source>logo file {path} not found; the sheet was made without a logo</source>
        <translation>no se encontró el archivo del logotipo {path}; la ficha se generó sin logotipo</translation>
    </message>
    <message>
        <source>logo file {path} could not be read ({reason}); the sheet was made without a logo</source>
        <translation>no se pudo leer el archivo del logotipo {path} ({reason}); la ficha se generó sin logotipo</translation>
    </message>
    <message>
        <source>cannot lay out the pipeline report: {reason}</source>
        <translation>no se puede diagramar el informe del pipeline: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: the pipeline report exports to .xlsx or .pdf</source>
        <translation>no se puede escribir {path}: el informe del pipeline se exporta a .xlsx o .pdf</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Site kind</source>
        <translation>Tipo de sitio</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Dirección del sitio</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Attach to</source>
        <translation>Adjuntar a</translation>
    </message>
    <message>
        <source>From port</source>
        <translation>Puerto de origen</translation>
    </message>
    <message>
        <source>To port</source>
        <translation>Puerto de destino</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Freight cost</source>
        <translation>Costo del flete</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Payload kg</source>
        <translation>Carga útil (kg)</translation>
    </message>
    <message>
        <source>Insurance %</source>
        <translation>Seguro %</translation>
    </message>
    <message>
        <source>Cover %</source>
        <translation>Cobertura %</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Grade / size</source>
        <translation>Calibre / tamaño</translation>
    </message>
    <message>
        <source>Target volume</source>
        <translation>Volumen objetivo</translation>
    </message>
    <message>
        <source>Volume unit</source>
        <translation>Unidad de volumen</translation>
    </message>
    <message>
        <source>Target price</source>
        <translation>Precio objetivo</translation>
    </message>
    <message>
        <source>Price per</source>
        <translation>Precio por</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>Incoterm place</source>
        <translation>Lugar del Incoterm</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>Puerto de carga</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>Puerto de descarga</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <source>Delivery from</source>
        <translation>Entrega desde</translation>
    </message>
    <message>
        <source>Delivery to</source>
        <translation>Entrega hasta</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Código SA</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Shelf life (days)</source>
        <translation>Vida útil (días)</translation>
    </message>
    <message>
        <source>Lowest temperature (°C)</source>
        <translation>Temperatura mínima (°C)</translation>
    </message>
    <message>
        <source>Highest temperature (°C)</source>
        <translation>Temperatura máxima (°C)</translation>
    </message>
    <message>
        <source>Net kg per box</source>
        <translation>kg netos por caja</translation>
    </message>
    <message>
        <source>Net kg per 20' container</source>
        <translation>kg netos por contenedor de 20'</translation>
    </message>
    <message>
        <source>Net kg per 40' container</source>
        <translation>kg netos por contenedor de 40'</translation>
    </message>
    <message>
        <source>For Chinese New Year</source>
        <translation>Para Año Nuevo Chino</translation>
    </message>
    <message>
        <source>Shipping months</source>
        <translation>Meses de embarque</translation>
    </message>
    <message>
        <source>Peak months</source>
        <translation>Meses pico</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Sello</translation>
    </message>
    <message>
        <source>B/L or AWB</source>
        <translation>B/L o AWB</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Vessel / flight</source>
        <translation>Buque / vuelo</translation>
    </message>
    <message>
        <source>Reefer set-point (°C)</source>
        <translation>Temperatura del reefer (°C)</translation>
    </message>
    <message>
        <source>ETD</source>
        <translation>ETD</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <source>Actual departure</source>
        <translation>Salida real</translation>
    </message>
    <message>
        <source>Actual arrival</source>
        <translation>Llegada real</translation>
    </message>
    <message>
        <source>Incident notes</source>
        <translation>Notas de incidentes</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibido el</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>ID fiscal</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Número de certificado</translation>
    </message>
    <message>
        <source>Duty %</source>
        <translation>Arancel %</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Régimen</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>IVA %</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Automatic (found per column)</source>
        <translation>Automático (según cada columna)</translation>
    </message>
    <message>
        <source>1.234,56 (decimal comma)</source>
        <translation>1.234,56 (coma decimal)</translation>
    </message>
    <message>
        <source>1,234.56 (decimal point)</source>
        <translation>1,234.56 (punto decimal)</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Día primero (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Mes primero (12/31/2026)</translation>
    </message>
    <message>
        <source>Year first (2026-12-31)</source>
        <translation>Año primero (2026-12-31)</translation>
    </message>
    <message>
        <source>Type or paste the file's path, choose it, or drop it on this window</source>
        <translation>Escriba o pegue la ruta del archivo, elíjalo o arrástrelo a esta ventana</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>A list of suppliers</source>
        <translation>Una lista de proveedores</translation>
    </message>
    <message>
        <source>A supplier's price list</source>
        <translation>La lista de precios de un proveedor</translation>
    </message>
    <message>
        <source>Type a supplier's name…</source>
        <translation>Escriba el nombre de un proveedor…</translation>
    </message>
    <message>
        <source>Leave empty when the sheet has a supplier column (each row names its supplier).</source>
        <translation>Déjelo vacío si la hoja tiene una columna de proveedor (cada fila indica su proveedor).</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>All sheets with these columns</source>
        <translation>Todas las hojas con estas columnas</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>The row that holds the column names; Automatic finds it (title rows above it are skipped)</source>
        <translation>La fila con los nombres de las columnas; Automática la encuentra (se omiten las filas de título que haya encima)</translation>
    </message>
    <message>
        <source>None: every row names its country</source>
        <translation>Ninguno: cada fila indica su país</translation>
    </message>
    <message>
        <source>Given to rows without a country (a sheet from one country)</source>
        <translation>Se asigna a las filas sin país (una hoja de un solo país)</translation>
    </message>
    <message>
        <source>Import a list of suppliers, or one supplier's prices, from Excel (.xlsx, .xls), LibreOffice (.ods) or text (.csv, .tsv). Nothing is written until the last step, and an import can be undone.</source>
        <translation>Importe una lista de proveedores, o los precios de un proveedor, desde Excel (.xlsx, .xls), LibreOffice (.ods) o texto (.csv, .tsv). No se guarda nada hasta el último paso, y una importación se puede deshacer.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>Contiene:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Fila de encabezado:</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Números:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>Default country:</source>
        <translation>País por defecto:</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>Hojas de cálculo</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importar una hoja de cálculo</translation>
    </message>
    <message>
        <source>File: there is no file at this path; check it, or use Choose…</source>
        <translation>Archivo: no hay ningún archivo en esta ruta; revísela o use Elegir…</translation>
    </message>
    <message>
        <source>File: this path is a folder; add the file's name, or use Choose…</source>
        <translation>Archivo: esta ruta es una carpeta; agregue el nombre del archivo o use Elegir…</translation>
    </message>
    <message>
        <source>Reading the sheets…</source>
        <translation>Leyendo las hojas…</translation>
    </message>
    <message numerus="yes">
        <source>{kind} file, %n sheet(s)</source>
        <translation>
            <numerusform>Archivo {kind}, %n hoja</numerusform>
            <numerusform>Archivo {kind}, %n hojas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>File, %n sheet(s)</source>
        <translation>
            <numerusform>Archivo, %n hoja</numerusform>
            <numerusform>Archivo, %n hojas</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} file</source>
        <translation>Archivo {kind}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Elija el archivo que desea importar.</translation>
    </message>
    <message>
        <source>Default country: '{code}' is not in the list.</source>
        <translation>País por defecto: «{code}» no está en la lista.</translation>
    </message>
    <message>
        <source>Supplier: pick '{name}' from the list.</source>
        <translation>Proveedor: elija «{name}» de la lista.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} bytes</translation>
    </message>
    <message>
        <source>{name} is {size}: over the limit of {limit} per file (the limit is a setting: File &gt; Preferences…)</source>
        <translation>{name} pesa {size}: supera el límite de {limit} por archivo (el límite es una preferencia: Archivo &gt; Preferencias…)</translation>
    </message>
    <message>
        <source>{name} got shorter while it was read: attach it again</source>
        <translation>{name} se acortó mientras se leía: adjúntelo de nuevo</translation>
    </message>
    <message>
        <source>{name} grew while it was read: attach it again once it is complete</source>
        <translation>{name} creció mientras se leía: adjúntelo de nuevo cuando esté completo</translation>
    </message>
    <message>
        <source>cannot attach {path}: it is a folder</source>
        <translation>no se puede adjuntar {path}: es una carpeta</translation>
    </message>
    <message>
        <source>cannot attach {path}: no such file</source>
        <translation>no se puede adjuntar {path}: el archivo no existe</translation>
    </message>
    <message>
        <source>cannot attach {path}: permission denied</source>
        <translation>no se puede adjuntar {path}: permiso denegado</translation>
    </message>
    <message>
        <source>cannot attach {path}: {reason}</source>
        <translation>no se puede adjuntar {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} changed while it was read: attach it again</source>
        <translation>{name} cambió mientras se leía: adjúntelo de nuevo</translation>
    </message>
    <message>
        <source>is required for bytes</source>
        <translation>es obligatorio para bytes</translation>
    </message>
</context>
<context>
    <name>FilesButton</name>
    <message>
        <source>Attach</source>
        <translation>Adjuntar</translation>
    </message>
    <message>
        <source>Files ({count})</source>
        <translation>Archivos ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached to {title}: click to see them, or drop files here</source>
        <translation>
            <numerusform>%n archivo adjunto a {title}: haga clic para verlo o suelte archivos aquí</numerusform>
            <numerusform>%n archivos adjuntos a {title}: haga clic para verlos o suelte archivos aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>No file attached to {title}: click to attach, or drop files here</source>
        <translation>Ningún archivo adjunto a {title}: haga clic para adjuntar o suelte archivos aquí</translation>
    </message>
    <message>
        <source>Files: {title}</source>
        <translation>Archivos: {title}</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Embarque</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n día de atraso</numerusform>
            <numerusform>%n días de atraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}: {about}</source>
        <translation>{kind}: {about}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vencen hoy</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Próximo %n día</numerusform>
            <numerusform>Próximos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>{group}: none</source>
        <translation>{group}: ninguno</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Done</source>
        <translation>Completar</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done</source>
        <translation>Marcar el seguimiento seleccionado como completado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show the record this follow-up is about (double-click)</source>
        <translation>Mostrar el registro de este seguimiento (doble clic)</translation>
    </message>
    <message>
        <source>Double-click a follow-up to open what it is about.</source>
        <translation>Doble clic en un seguimiento para abrir su registro.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>{overdue} overdue, {today} due today, {upcoming} in the next %n day(s)</source>
        <translation>
            <numerusform>{overdue} vencidos, {today} vencen hoy, {upcoming} en el próximo %n día</numerusform>
            <numerusform>{overdue} vencidos, {today} vencen hoy, {upcoming} en los próximos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to follow up this week</source>
        <translation>Sin seguimientos pendientes esta semana</translation>
    </message>
    <message>
        <source>Follow-ups: {count} overdue</source>
        <translation>Seguimientos: {count} vencidos</translation>
    </message>
    <message>
        <source>Follow-ups: nothing overdue</source>
        <translation>Seguimientos: nada vencido</translation>
    </message>
    <message>
        <source>Follow-up not updated</source>
        <translation>Seguimiento no actualizado</translation>
    </message>
</context>
<context>
    <name>Freight</name>
    <message>
        <source>{value} is under 100: insurance covers at least the value (Incoterms 2020's minimum is 110)</source>
        <translation>{value} es menor que 100: el seguro cubre al menos el valor (el mínimo de Incoterms 2020 es 110)</translation>
    </message>
    <message>
        <source>is required when the cost is per container: give the kg one carries</source>
        <translation>es obligatorio cuando el costo es por contenedor: indique los kg que carga uno</translation>
    </message>
    <message>
        <source>give a route or a port the charge is at</source>
        <translation>indique una ruta o el puerto donde se cobra el cargo</translation>
    </message>
    <message>
        <source>there is no freight route {id}</source>
        <translation>no existe la ruta de flete {id}</translation>
    </message>
    <message>
        <source>{value} is not a origin charge: one of {kinds}</source>
        <translation>{value} no es un cargo de origen: uno de {kinds}</translation>
    </message>
    <message>
        <source>{value} is not a destination charge: one of {kinds}</source>
        <translation>{value} no es un cargo de destino: uno de {kinds}</translation>
    </message>
    <message>
        <source>no freight route can be looked up: {reason}</source>
        <translation>no se puede buscar una ruta de flete: {reason}</translation>
    </message>
    <message>
        <source>no air freight route from {origin} to {destination} on {date}: add one with `{command}`</source>
        <translation>no hay ruta de flete aéreo de {origin} a {destination} el {date}: agregue una con `{command}`</translation>
    </message>
    <message>
        <source>no sea freight route from {origin} to {destination} on {date}: add one with `{command}`</source>
        <translation>no hay ruta de flete marítimo de {origin} a {destination} el {date}: agregue una con `{command}`</translation>
    </message>
</context>
<context>
    <name>FreightDialog</name>
    <message>
        <source>From → to</source>
        <translation>Origen → destino</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>Flete</translation>
    </message>
    <message>
        <source>Payload kg</source>
        <translation>Carga kg</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Freight and charges</source>
        <translation>Flete y cargos</translation>
    </message>
    <message>
        <source>Charges of the chosen route</source>
        <translation>Cargos de la ruta elegida</translation>
    </message>
    <message>
        <source>Port charges (any route through the port)</source>
        <translation>Cargos portuarios (toda ruta que pase por el puerto)</translation>
    </message>
    <message>
        <source>Add route…</source>
        <translation>Agregar ruta…</translation>
    </message>
    <message>
        <source>Add charge…</source>
        <translation>Agregar cargo…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the charge chosen, else the route chosen with its charges</source>
        <translation>Eliminar el cargo elegido o, si no hay, la ruta elegida con sus cargos</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>{amount} {currency} / container</source>
        <translation>{amount} {currency} / contenedor</translation>
    </message>
    <message>
        <source>{amount} {currency} / kg</source>
        <translation>{amount} {currency} / kg</translation>
    </message>
    <message>
        <source>{rate}% on {cover}%</source>
        <translation>{rate}% sobre {cover}%</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n ruta</numerusform>
            <numerusform>%n rutas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n port charge(s)</source>
        <translation>
            <numerusform>%n cargo portuario</numerusform>
            <numerusform>%n cargos portuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Charges of {route}</source>
        <translation>Cargos de {route}</translation>
    </message>
    <message>
        <source>the {kind} charge at {where}</source>
        <translation>el cargo «{kind}» en {where}</translation>
    </message>
    <message numerus="yes">
        <source>the route {name} and its %n charge(s)</source>
        <translation>
            <numerusform>la ruta {name} y su %n cargo</numerusform>
            <numerusform>la ruta {name} y sus %n cargos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>¿Eliminar {what}?</translation>
    </message>
    <message>
        <source>Deleted {what}</source>
        <translation>Se eliminó {what}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Supplier Desk: user guide</source>
        <translation>Supplier Desk: guía del usuario</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Embarque</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>RUT / NIF</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>ETD</source>
        <translation>ETD</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <source>ATD</source>
        <translation>ATD</translation>
    </message>
    <message>
        <source>ATA</source>
        <translation>ATA</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Sello</translation>
    </message>
    <message>
        <source>B/L or AWB</source>
        <translation>B/L o AWB</translation>
    </message>
    <message>
        <source>Reefer set-point (°C)</source>
        <translation>Temperatura del reefer (°C)</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>{side} {price}</source>
        <translation>{side} {price}</translation>
    </message>
    <message>
        <source>import {batch} ({file})</source>
        <translation>importación {batch} ({file})</translation>
    </message>
    <message>
        <source>import {batch}</source>
        <translation>importación {batch}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurado</translation>
    </message>
    <message>
        <source>{change} (undo of {source})</source>
        <translation>{change} (deshacer {source})</translation>
    </message>
    <message>
        <source>{change} (by {source})</source>
        <translation>{change} (por {source})</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecho</translation>
    </message>
    <message>
        <source>Import {batch} ({file}) undone</source>
        <translation>Importación {batch} ({file}) deshecha</translation>
    </message>
    <message>
        <source>Import {batch} undone</source>
        <translation>Importación {batch} deshecha</translation>
    </message>
    <message>
        <source>import {batch} ({file}) undone</source>
        <translation>importación {batch} ({file}) deshecha</translation>
    </message>
    <message>
        <source>import {batch} undone</source>
        <translation>importación {batch} deshecha</translation>
    </message>
    <message>
        <source>Deleted (undo of {source})</source>
        <translation>Eliminado (deshacer {source})</translation>
    </message>
    <message>
        <source>deleted (undo of {source})</source>
        <translation>eliminado (deshacer {source})</translation>
    </message>
    <message>
        <source>{change} by {source}</source>
        <translation>{change} por {source}</translation>
    </message>
    <message>
        <source>{subject}: {change}</source>
        <translation>{subject}: {change}</translation>
    </message>
    <message>
        <source>no history is kept for {entity}; say one of: {known}</source>
        <translation>no se guarda historial de {entity}; indique uno de: {known}</translation>
    </message>
    <message>
        <source>{record} '{name}'</source>
        <translation>{record} '{name}'</translation>
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
        <translation>Aún no hay nada registrado: los cambios aparecen aquí cuando se guarda el registro.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History not shown</source>
        <translation>No se puede mostrar el historial</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>{kind} number</source>
        <translation>Número {kind}</translation>
    </message>
    <message>
        <source>{kind} valid until</source>
        <translation>{kind} válido hasta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>RUT / NIF</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>Cargo del contacto</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Correo del contacto</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Teléfono del contacto</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Contact language</source>
        <translation>Idioma del contacto</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Offer price</source>
        <translation>Precio de la oferta</translation>
    </message>
    <message>
        <source>Offer currency</source>
        <translation>Moneda de la oferta</translation>
    </message>
    <message>
        <source>Offer unit</source>
        <translation>Unidad de la oferta</translation>
    </message>
    <message>
        <source>Offer Incoterm</source>
        <translation>Incoterm de la oferta</translation>
    </message>
    <message>
        <source>Offer place</source>
        <translation>Lugar de la oferta</translation>
    </message>
    <message>
        <source>Price date</source>
        <translation>Fecha del precio</translation>
    </message>
    <message>
        <source>Price valid until</source>
        <translation>Precio válido hasta</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Lista de precios</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <source>Nothing imported yet: File ▸ Import spreadsheet… (Ctrl+I).</source>
        <translation>Aún no se ha importado nada: Archivo ▸ Importar hoja de cálculo… (Ctrl+I).</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>Deshacer esta importación…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Deshacer la importación</translation>
    </message>
    <message>
        <source>Undo import {number} ({file}, {when})? What it created is deleted and what it changed gets its earlier values back; records edited since are kept.</source>
        <translation>¿Deshacer la importación {number} ({file}, {when})? Lo que creó se elimina y lo que modificó recupera sus valores anteriores; los registros editados desde entonces se conservan.</translation>
    </message>
    <message>
        <source>Undoing import {number}…</source>
        <translation>Deshaciendo la importación {number}…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Something went wrong: {details}</source>
        <translation>Algo salió mal: {details}</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importar una hoja de cálculo</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Preview ›</source>
        <translation>Vista previa ›</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Nothing to import: every row is unchanged, skipped or has an error.</source>
        <translation>Nada que importar: todas las filas están sin cambios, omitidas o con errores.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Import a spreadsheet: {file}</source>
        <translation>Importar una hoja de cálculo: {file}</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Abriendo {file}…</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Se canceló la lectura del archivo.</translation>
    </message>
    <message>
        <source>Reading the columns of {file}…</source>
        <translation>Leyendo las columnas de {file}…</translation>
    </message>
    <message>
        <source>Checking every row of {file}…</source>
        <translation>Revisando cada fila de {file}…</translation>
    </message>
    <message>
        <source>Preview cancelled: nothing was changed.</source>
        <translation>Vista previa cancelada: no se cambió nada.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written to the database.</source>
        <translation>Importación cancelada: no se guardó nada en la base de datos.</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Deshacer la importación</translation>
    </message>
    <message>
        <source>Undo import {number}? The suppliers it created are deleted and the fields it changed get their earlier values back (records edited since are kept).</source>
        <translation>¿Deshacer la importación {number}? Los proveedores que creó se eliminan y los campos que modificó recuperan sus valores anteriores (los registros editados desde entonces se conservan).</translation>
    </message>
    <message>
        <source>Undoing import {number}…</source>
        <translation>Deshaciendo la importación {number}…</translation>
    </message>
    <message>
        <source>Undo cancelled: the import is still in place.</source>
        <translation>Deshacer cancelado: la importación sigue vigente.</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>{value} is not yes or no (sí/no, sim/não, x, 1/0)</source>
        <translation>{value} no es sí o no (sí/no, sim/não, x, 1/0)</translation>
    </message>
    <message>
        <source>{value}: {word} is not a unit (write one of {units})</source>
        <translation>{value}: {word} no es una unidad (escriba una de {units})</translation>
    </message>
    <message>
        <source>{value} could be US dollars, Mexican, Chilean or Argentine pesos...: write the ISO code (USD, MXN, CLP, ARS)</source>
        <translation>{value} puede ser dólares estadounidenses o pesos mexicanos, chilenos o argentinos...: escriba el código ISO (USD, MXN, CLP, ARS)</translation>
    </message>
    <message>
        <source>{value} {reason}</source>
        <translation>{value} {reason}</translation>
    </message>
    <message>
        <source>{value} is not a phone number</source>
        <translation>{value} no es un número de teléfono</translation>
    </message>
    <message>
        <source>{value} is not an email address</source>
        <translation>{value} no es una dirección de correo</translation>
    </message>
    <message>
        <source>{value} is {length} characters long, but at most {limit} fit</source>
        <translation>{value} tiene {length} caracteres, pero caben como máximo {limit}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>{value} is a number, not a date</source>
        <translation>{value} es un número, no una fecha</translation>
    </message>
    <message>
        <source>{value} is 29 February 1900 in Excel, a day that never existed</source>
        <translation>{value} es el 29 de febrero de 1900 en Excel, un día que nunca existió</translation>
    </message>
    <message>
        <source>{value} is a number, not a date (as an Excel date it would be {day}, outside {earliest}-{latest})</source>
        <translation>{value} es un número, no una fecha (como fecha de Excel sería {day}, fuera de {earliest}-{latest})</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} no es una fecha</translation>
    </message>
    <message>
        <source>{value} has no day: write the whole date (yyyy-mm-dd)</source>
        <translation>{value} no tiene día: escriba la fecha completa (aaaa-mm-dd)</translation>
    </message>
    <message>
        <source>{value} does not fit the column's date order (yy/mm/dd)</source>
        <translation>{value} no coincide con el orden de fecha de la columna (aa/mm/dd)</translation>
    </message>
    <message>
        <source>the column mixes dd/mm and mm/dd dates, choose the date order</source>
        <translation>la columna mezcla fechas dd/mm y mm/dd, elija el orden de fecha</translation>
    </message>
    <message>
        <source>choose the date order</source>
        <translation>elija el orden de fecha</translation>
    </message>
    <message>
        <source>{value} could be {day1} {month1} or {day2} {month2}: {why}</source>
        <translation>{value} puede ser el {day1} de {month1} o el {day2} de {month2}: {why}</translation>
    </message>
    <message>
        <source>{value} is not a real date ({reason})</source>
        <translation>{value} no es una fecha válida ({reason})</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} no es un número</translation>
    </message>
    <message>
        <source>{value} is not an amount of money</source>
        <translation>{value} no es un importe</translation>
    </message>
    <message>
        <source>{reason} (this column writes numbers with a decimal {mark}, like {example})</source>
        <translation>{reason} (esta columna escribe los números con separador decimal {mark}, como {example})</translation>
    </message>
    <message>
        <source>{value} could be {decimal} or {whole}: choose the column's decimal mark (comma or point)</source>
        <translation>{value} puede ser {decimal} o {whole}: elija el separador decimal de la columna (coma o punto)</translation>
    </message>
    <message>
        <source>Preparing the import</source>
        <translation>Preparando la importación</translation>
    </message>
    <message>
        <source>Saving new suppliers</source>
        <translation>Guardando proveedores nuevos</translation>
    </message>
    <message>
        <source>Recording the import for undo</source>
        <translation>Registrando la importación para poder deshacerla</translation>
    </message>
    <message>
        <source>; and {more} more (a dry run lists them all)</source>
        <translation>; y {more} más (una prueba sin guardar los lista todos)</translation>
    </message>
    <message>
        <source>{file}: 1 row has errors, nothing was imported (fix them or skip them): {problems}{rest}</source>
        <translation>{file}: 1 fila tiene errores, no se importó nada (corríjalos u omítalos): {problems}{rest}</translation>
    </message>
    <message>
        <source>{file}: {count} rows have errors, nothing was imported (fix them or skip them): {problems}{rest}</source>
        <translation>{file}: {count} filas tienen errores, no se importó nada (corríjalos u omítalos): {problems}{rest}</translation>
    </message>
    <message>
        <source>Updating existing suppliers</source>
        <translation>Actualizando proveedores existentes</translation>
    </message>
    <message>
        <source>Read as {encoding} text, {separator}-separated</source>
        <translation>Leído como texto {encoding}, separado por {separator}</translation>
    </message>
    <message>
        <source>Read as {encoding} text, one column (no separator found)</source>
        <translation>Leído como texto {encoding}, una sola columna (no se encontró separador)</translation>
    </message>
    <message>
        <source>Removed {count} NUL byte(s) (\0) found in the file</source>
        <translation>Se quitaron {count} bytes NUL (\0) encontrados en el archivo</translation>
    </message>
    <message>
        <source>says it is {encoding} text but byte {byte} is not; save it again as CSV UTF-8</source>
        <translation>dice ser texto {encoding}, pero el byte {byte} no lo es; guárdelo de nuevo como CSV UTF-8</translation>
    </message>
    <message>
        <source>row {row} has {columns} columns; the limit is {limit} (Excel's own)</source>
        <translation>la fila {row} tiene {columns} columnas; el límite es {limit} (el de Excel)</translation>
    </message>
    <message>
        <source>has more than {limit} rows, the limit (Excel's own)</source>
        <translation>tiene más de {limit} filas, el límite (el de Excel)</translation>
    </message>
    <message>
        <source>has more than {limit} cells, the limit (split the file or remove unused columns)</source>
        <translation>tiene más de {limit} celdas, el límite (divida el archivo o quite las columnas sin uso)</translation>
    </message>
    <message>
        <source>row {row} cannot be read ({reason}); a quote (") may be missing</source>
        <translation>no se puede leer la fila {row} ({reason}); puede faltar una comilla (")</translation>
    </message>
    <message>
        <source>Unknown import target '{target}' (use one of: {known})</source>
        <translation>Destino de importación desconocido '{target}' (use uno de: {known})</translation>
    </message>
    <message>
        <source>The {target} import has no field '{key}'</source>
        <translation>La importación {target} no tiene el campo '{key}'</translation>
    </message>
    <message>
        <source>Someone saved some of these suppliers while you were looking at the preview; nothing was imported. Go back and preview again to see them.</source>
        <translation>Alguien guardó algunos de estos proveedores mientras usted revisaba la vista previa; no se importó nada. Vuelva atrás y genere la vista previa de nuevo para verlos.</translation>
    </message>
    <message>
        <source>Row {row} names groups of columns ({groups}): read with the headers</source>
        <translation>La fila {row} nombra grupos de columnas ({groups}): se leyó junto con los encabezados</translation>
    </message>
    <message>
        <source>Header row {row} is not in sheet '{name}' (it has {count} rows)</source>
        <translation>La fila de encabezado {row} no está en la hoja '{name}' (tiene {count} filas)</translation>
    </message>
    <message>
        <source>Row {row} of sheet '{name}' is empty: it cannot be the header row</source>
        <translation>La fila {row} de la hoja '{name}' está vacía: no puede ser la fila de encabezado</translation>
    </message>
    <message>
        <source>{numbers} and {more} more</source>
        <translation>{numbers} y {more} más</translation>
    </message>
    <message>
        <source>Row {row} (title) skipped</source>
        <translation>Fila {row} (título) omitida</translation>
    </message>
    <message>
        <source>Rows {first}-{last} (title) skipped</source>
        <translation>Filas {first}-{last} (título) omitidas</translation>
    </message>
    <message>
        <source>No header row found: row {row} is data; columns are named Column A, Column B...</source>
        <translation>No se encontró fila de encabezado: la fila {row} es de datos; las columnas se llaman Column A, Column B...</translation>
    </message>
    <message>
        <source>Row {row} '{text}' and below ignored</source>
        <translation>Se ignoraron la fila {row} '{text}' y las siguientes</translation>
    </message>
    <message>
        <source>Column {letter} is hidden in the workbook (imported)</source>
        <translation>La columna {letter} está oculta en el libro (importada)</translation>
    </message>
    <message>
        <source>Column {letter} ({name}) is hidden in the workbook (imported)</source>
        <translation>La columna {letter} ({name}) está oculta en el libro (importada)</translation>
    </message>
    <message>
        <source>Row {row} is hidden in the workbook (imported)</source>
        <translation>La fila {row} está oculta en el libro (importada)</translation>
    </message>
    <message>
        <source>Rows {rows} are hidden in the workbook (imported)</source>
        <translation>Las filas {rows} están ocultas en el libro (importadas)</translation>
    </message>
    <message>
        <source>Column {letter} is not in the header row ({count} columns)</source>
        <translation>La columna {letter} no está en la fila de encabezado ({count} columnas)</translation>
    </message>
    <message>
        <source>Column {letter} '{header}': the {target} import has no field '{key}'</source>
        <translation>Columna {letter} '{header}': la importación {target} no tiene el campo '{key}'</translation>
    </message>
    <message>
        <source>Field '{key}' is mapped twice: columns {first} and {second}</source>
        <translation>El campo '{key}' está asignado dos veces: columnas {first} y {second}</translation>
    </message>
    <message>
        <source>The import options cannot be saved: {reason}</source>
        <translation>No se pueden guardar las opciones de importación: {reason}</translation>
    </message>
    <message>
        <source>has about {rows} rows and needs about {needed} of memory to import; this computer has {free} free: close other programs or split the file</source>
        <translation>tiene unas {rows} filas y necesita unos {needed} de memoria para importarse; este equipo tiene {free} libres: cierre otros programas o divida el archivo</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed</source>
        <translation>Importación cancelada: no se cambió nada</translation>
    </message>
    <message>
        <source>row {row}, {column}: '{value}' {message}</source>
        <translation>fila {row}, {column}: '{value}' {message}</translation>
    </message>
    <message>
        <source>row {row}, {column}: {message}</source>
        <translation>fila {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>row {row}: '{value}' {message}</source>
        <translation>fila {row}: '{value}' {message}</translation>
    </message>
    <message>
        <source>row {row}: {message}</source>
        <translation>fila {row}: {message}</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} filas</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} nuevos</translation>
    </message>
    <message>
        <source>{count} to update</source>
        <translation>{count} por actualizar</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} sin cambios</translation>
    </message>
    <message>
        <source>{count} possible duplicates</source>
        <translation>{count} posibles duplicados</translation>
    </message>
    <message>
        <source>{count} with errors</source>
        <translation>{count} con errores</translation>
    </message>
    <message>
        <source>{count} with a field left empty</source>
        <translation>{count} con un campo vacío</translation>
    </message>
    <message>
        <source>{file}: no column is mapped to {fields}; choose one on the wizard's mapping page, or give --mapping FILE.json on the command line</source>
        <translation>{file}: ninguna columna está asignada a {fields}; elija una en la página de asignación del asistente o use --mapping FILE.json en la línea de comandos</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Leyendo {file}</translation>
    </message>
    <message>
        <source>Sheet '{name}' skipped: its columns differ</source>
        <translation>Hoja '{name}' omitida: sus columnas son distintas</translation>
    </message>
    <message>
        <source>Preview ready</source>
        <translation>Vista previa lista</translation>
    </message>
    <message>
        <source>has no sheet named '{name}' (it has: {known})</source>
        <translation>no tiene una hoja llamada '{name}' (tiene: {known})</translation>
    </message>
    <message>
        <source>header in row {row}, data in rows {first}-{last}</source>
        <translation>encabezado en la fila {row}, datos en las filas {first}-{last}</translation>
    </message>
    <message>
        <source>no header row, data in rows {first}-{last}</source>
        <translation>sin fila de encabezado, datos en las filas {first}-{last}</translation>
    </message>
    <message>
        <source>Sheet '{name}': {note}</source>
        <translation>Hoja '{name}': {note}</translation>
    </message>
    <message>
        <source>no supplier by this name (import or add it first, or choose the supplier)</source>
        <translation>no hay un proveedor con este nombre (impórtelo o agréguelo primero, o elija el proveedor)</translation>
    </message>
    <message>
        <source>several suppliers have this name</source>
        <translation>varios proveedores tienen este nombre</translation>
    </message>
    <message>
        <source>the supplier is empty</source>
        <translation>el proveedor está vacío</translation>
    </message>
    <message>
        <source>the product is empty</source>
        <translation>el producto está vacío</translation>
    </message>
    <message>
        <source>the price is empty</source>
        <translation>el precio está vacío</translation>
    </message>
    <message>
        <source>no currency (add a currency column or write it with the price, e.g. USD 2.45)</source>
        <translation>sin moneda (agregue una columna de moneda o escríbala con el precio, p. ej. USD 2.45)</translation>
    </message>
    <message>
        <source>Saving offers</source>
        <translation>Guardando ofertas</translation>
    </message>
    <message>
        <source>open it in Excel or LibreOffice and save it again as .xlsx</source>
        <translation>ábralo en Excel o LibreOffice y guárdelo de nuevo como .xlsx</translation>
    </message>
    <message>
        <source>an Excel workbook (.xlsx)</source>
        <translation>un libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>an Excel macro-enabled workbook (.xlsm)</source>
        <translation>un libro de Excel con macros (.xlsm)</translation>
    </message>
    <message>
        <source>an Excel 97-2003 workbook (.xls)</source>
        <translation>un libro de Excel 97-2003 (.xls)</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation>una hoja de cálculo OpenDocument (.ods)</translation>
    </message>
    <message>
        <source>delimited text</source>
        <translation>texto delimitado</translation>
    </message>
    <message>
        <source>has no sheet named '{name}' (it has {known})</source>
        <translation>no tiene una hoja llamada '{name}' (tiene {known})</translation>
    </message>
    <message>
        <source>The file is really {kind}, though its name ends in {suffix}</source>
        <translation>El archivo es en realidad {kind}, aunque su nombre termina en {suffix}</translation>
    </message>
    <message>
        <source>cannot be opened ({reason})</source>
        <translation>no se puede abrir ({reason})</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>has no worksheets (only charts or macros)</source>
        <translation>no tiene hojas de cálculo (solo gráficos o macros)</translation>
    </message>
    <message>
        <source>is damaged or incomplete: its sheets are missing from the file</source>
        <translation>está dañado o incompleto: faltan sus hojas en el archivo</translation>
    </message>
    <message>
        <source>is empty (no sheet has a cell with a value)</source>
        <translation>está vacío (ninguna hoja tiene una celda con valor)</translation>
    </message>
    <message>
        <source>Hidden rows and formulas without a saved result were not checked</source>
        <translation>No se revisaron las filas ocultas ni las fórmulas sin resultado guardado</translation>
    </message>
    <message>
        <source>sheet '{name}' has {rows} rows; the limit is {limit} (Excel's own)</source>
        <translation>la hoja '{name}' tiene {rows} filas; el límite es {limit} (el de Excel)</translation>
    </message>
    <message>
        <source>sheet '{name}' has {columns} columns; the limit is {limit} (Excel's own)</source>
        <translation>la hoja '{name}' tiene {columns} columnas; el límite es {limit} (el de Excel)</translation>
    </message>
    <message>
        <source>sheet '{name}' spans {rows} rows x {columns} columns = {cells} cells; the limit is {limit} (delete the unused rows and columns, or split the sheet)</source>
        <translation>la hoja '{name}' abarca {rows} filas x {columns} columnas = {cells} celdas; el límite es {limit} (borre las filas y columnas sin uso o divida la hoja)</translation>
    </message>
    <message>
        <source>is damaged or not valid XML ({detail}); {resave}</source>
        <translation>está dañado o no es XML válido ({detail}); {resave}</translation>
    </message>
    <message>
        <source>sheet '{sheet}' is damaged or not valid XML ({detail}); {resave}</source>
        <translation>la hoja '{sheet}' está dañada o no es XML válido ({detail}); {resave}</translation>
    </message>
    <message>
        <source>is damaged or incomplete: is missing from the file</source>
        <translation>está dañado o incompleto: falta en el archivo</translation>
    </message>
    <message>
        <source>is damaged or incomplete: sheet '{sheet}' is missing from the file</source>
        <translation>está dañado o incompleto: falta la hoja '{sheet}' en el archivo</translation>
    </message>
    <message>
        <source>is too large to read ({detail}); delete the unused rows and columns, or split it</source>
        <translation>es demasiado grande para leerlo ({detail}); borre las filas y columnas sin uso o divídalo</translation>
    </message>
    <message>
        <source>sheet '{sheet}' is too large to read ({detail}); delete the unused rows and columns, or split it</source>
        <translation>la hoja '{sheet}' es demasiado grande para leerla ({detail}); borre las filas y columnas sin uso o divídala</translation>
    </message>
    <message>
        <source>could not be read ({detail}); {resave}</source>
        <translation>no se pudo leer ({detail}); {resave}</translation>
    </message>
    <message>
        <source>sheet '{sheet}' could not be read ({detail}); {resave}</source>
        <translation>no se pudo leer la hoja '{sheet}' ({detail}); {resave}</translation>
    </message>
    <message>
        <source>could not be read (it looks damaged: {detail}); {resave}</source>
        <translation>no se pudo leer (parece dañado: {detail}); {resave}</translation>
    </message>
    <message>
        <source>sheet '{sheet}' could not be read (it looks damaged: {detail}); {resave}</source>
        <translation>no se pudo leer la hoja '{sheet}' (parece dañada: {detail}); {resave}</translation>
    </message>
    <message>
        <source>{file}: other imports kept changing the same suppliers; tried {attempts} times, nothing was imported (import it again)</source>
        <translation>{file}: otras importaciones seguían cambiando los mismos proveedores; se intentó {attempts} veces, no se importó nada (impórtelo de nuevo)</translation>
    </message>
    <message>
        <source>is protected by a password; open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again</source>
        <translation>está protegido con contraseña; ábralo en Excel, quite la contraseña (Archivo &gt; Información &gt; Proteger libro) y guárdelo de nuevo</translation>
    </message>
    <message>
        <source>is protected by a password; open it in LibreOffice, save it again with File &gt; Save As and untick 'Save with password'</source>
        <translation>está protegido con contraseña; ábralo en LibreOffice, guárdelo de nuevo con Archivo &gt; Guardar como y desmarque 'Guardar con contraseña'</translation>
    </message>
    <message>
        <source>save it as .xlsx or .csv and import that file</source>
        <translation>guárdelo como .xlsx o .csv e importe ese archivo</translation>
    </message>
    <message>
        <source>is a PDF, not a spreadsheet; ask the supplier for the .xlsx or .csv file</source>
        <translation>es un PDF, no una hoja de cálculo; pida al proveedor el archivo .xlsx o .csv</translation>
    </message>
    <message>
        <source>is an image (PNG), not a spreadsheet</source>
        <translation>es una imagen (PNG), no una hoja de cálculo</translation>
    </message>
    <message>
        <source>is an image (JPEG), not a spreadsheet</source>
        <translation>es una imagen (JPEG), no una hoja de cálculo</translation>
    </message>
    <message>
        <source>is an image (GIF), not a spreadsheet</source>
        <translation>es una imagen (GIF), no una hoja de cálculo</translation>
    </message>
    <message>
        <source>is a compressed .gz archive; extract the spreadsheet from it first</source>
        <translation>es un archivo comprimido .gz; extraiga primero la hoja de cálculo</translation>
    </message>
    <message>
        <source>is a 7-Zip archive; extract the spreadsheet from it first</source>
        <translation>es un archivo 7-Zip; extraiga primero la hoja de cálculo</translation>
    </message>
    <message>
        <source>is a RAR archive; extract the spreadsheet from it first</source>
        <translation>es un archivo RAR; extraiga primero la hoja de cálculo</translation>
    </message>
    <message>
        <source>is a rich-text (RTF) document, not a spreadsheet; {save_as}</source>
        <translation>es un documento de texto enriquecido (RTF), no una hoja de cálculo; {save_as}</translation>
    </message>
    <message>
        <source>is a program, not a spreadsheet</source>
        <translation>es un programa, no una hoja de cálculo</translation>
    </message>
    <message>
        <source>does not exist (was it moved or deleted?)</source>
        <translation>no existe (¿se movió o se borró?)</translation>
    </message>
    <message>
        <source>is a folder, not a file; {save_as}</source>
        <translation>es una carpeta, no un archivo; {save_as}</translation>
    </message>
    <message>
        <source>is {size}; the largest file Supplier Desk imports is {limit} (save only the sheet you need, or split it)</source>
        <translation>pesa {size}; el archivo más grande que Supplier Desk importa es de {limit} (guarde solo la hoja que necesita o divídalo)</translation>
    </message>
    <message>
        <source>is an Excel 2.x-4.0 workbook (from before 1995), too old to read; open it in Excel or LibreOffice and save it as .xlsx</source>
        <translation>es un libro de Excel 2.x-4.0 (anterior a 1995), demasiado antiguo para leerlo; ábralo en Excel o LibreOffice y guárdelo como .xlsx</translation>
    </message>
    <message>
        <source>is not a spreadsheet or a text file (unrecognised binary content); {save_as}</source>
        <translation>no es una hoja de cálculo ni un archivo de texto (contenido binario no reconocido); {save_as}</translation>
    </message>
    <message>
        <source>is an Excel 2003 XML spreadsheet; open it in Excel and save it as .xlsx</source>
        <translation>es una hoja de cálculo XML de Excel 2003; ábrala en Excel y guárdela como .xlsx</translation>
    </message>
    <message>
        <source>is a web page (HTML) saved with a spreadsheet name; open it in Excel and save it as .xlsx (File &gt; Save As &gt; Excel Workbook)</source>
        <translation>es una página web (HTML) guardada con nombre de hoja de cálculo; ábrala en Excel y guárdela como .xlsx (Archivo &gt; Guardar como &gt; Libro de Excel)</translation>
    </message>
    <message>
        <source>is an XML file, not a spreadsheet; {save_as}</source>
        <translation>es un archivo XML, no una hoja de cálculo; {save_as}</translation>
    </message>
    <message>
        <source>is an OpenDocument file but not a spreadsheet; {save_as}</source>
        <translation>es un archivo OpenDocument, pero no una hoja de cálculo; {save_as}</translation>
    </message>
    <message>
        <source>is an Excel binary workbook (.xlsb); open it in Excel and save it as .xlsx</source>
        <translation>es un libro binario de Excel (.xlsb); ábralo en Excel y guárdelo como .xlsx</translation>
    </message>
    <message>
        <source>is an Apple Numbers file; in Numbers choose File &gt; Export To &gt; Excel (or CSV) and import that file</source>
        <translation>es un archivo de Apple Numbers; en Numbers elija Archivo &gt; Exportar a &gt; Excel (o CSV) e importe ese archivo</translation>
    </message>
    <message>
        <source>is a Word document, not a spreadsheet; {save_as}</source>
        <translation>es un documento de Word, no una hoja de cálculo; {save_as}</translation>
    </message>
    <message>
        <source>is a zip archive with no spreadsheet inside; extract it, or {save_as}</source>
        <translation>es un archivo zip sin hoja de cálculo dentro; extráigalo, o {save_as}</translation>
    </message>
    <message>
        <source>is a PowerPoint file, not a spreadsheet; {save_as}</source>
        <translation>es un archivo de PowerPoint, no una hoja de cálculo; {save_as}</translation>
    </message>
    <message>
        <source>is damaged or incomplete ({detail}); ask the sender for the file again</source>
        <translation>está dañado o incompleto ({detail}); pida el archivo de nuevo a quien lo envió</translation>
    </message>
    <message>
        <source>holds {parts} parts (a workbook has at most {limit}); refusing it as unsafe</source>
        <translation>contiene {parts} partes (un libro tiene como máximo {limit}); se rechaza por inseguro</translation>
    </message>
    <message>
        <source>the sheet {name} would inflate to {size} from {packed} ({ratio} to 1): a zip bomb or a damaged file, refused</source>
        <translation>la hoja {name} se expandiría de {packed} a {size} ({ratio} a 1): una bomba zip o un archivo dañado, rechazado</translation>
    </message>
    <message>
        <source>the part {name} would inflate to {size} from {packed} ({ratio} to 1): a zip bomb or a damaged file, refused</source>
        <translation>la parte {name} se expandiría de {packed} a {size} ({ratio} a 1): una bomba zip o un archivo dañado, rechazado</translation>
    </message>
    <message>
        <source>would inflate to {size}; the limit is {limit} (save only the sheet you need)</source>
        <translation>se expandiría a {size}; el límite es {limit} (guarde solo la hoja que necesita)</translation>
    </message>
    <message>
        <source>is a Word document (.doc), not a spreadsheet; {save_as}</source>
        <translation>es un documento de Word (.doc), no una hoja de cálculo; {save_as}</translation>
    </message>
    <message>
        <source>is an Office file with no Excel workbook inside; {save_as}</source>
        <translation>es un archivo de Office sin libro de Excel dentro; {save_as}</translation>
    </message>
    <message>
        <source>has a sheet of {rows} rows; the limit is {limit} (Excel's own)</source>
        <translation>tiene una hoja de {rows} filas; el límite es {limit} (el de Excel)</translation>
    </message>
    <message>
        <source>has a sheet of {columns} columns; the limit is {limit} (Excel's own)</source>
        <translation>tiene una hoja de {columns} columnas; el límite es {limit} (el de Excel)</translation>
    </message>
    <message>
        <source>has a sheet spanning {rows} rows x {columns} columns = {cells} cells; the limit is {limit} (delete the unused rows and columns, or split the sheet)</source>
        <translation>tiene una hoja de {rows} filas x {columns} columnas = {cells} celdas; el límite es {limit} (borre las filas y columnas sin uso o divida la hoja)</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>'{word}' is not a certification kind ({known}): kept in the notes</source>
        <translation>'{word}' no es un tipo de certificación ({known}): se guardó en las notas</translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s)</source>
        <translation><numerusform>%n certificación</numerusform><numerusform>%n certificaciones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s)</source>
        <translation><numerusform>%n oferta</numerusform><numerusform>%n ofertas</numerusform></translation>
    </message>
    <message>
        <source>{first} and {second} recorded</source>
        <translation>Se registraron {first} y {second}</translation>
    </message>
    <message>
        <source>{what} recorded</source>
        <translation>Registrado: {what}</translation>
    </message>
    <message>
        <source>no currency for the price: kept in the notes (write it in the header, e.g. 'Precio USD/kg', in the cell, e.g. 'USD 2.45', or map a currency column)</source>
        <translation>precio sin moneda: se guardó en las notas (escríbala en el encabezado, p. ej. 'Precio USD/kg', en la celda, p. ej. 'USD 2.45', o asigne una columna de moneda)</translation>
    </message>
    <message>
        <source>no product for the price: kept in the notes (map a products column, or choose the product of the prices: --product or the wizard's mapping page)</source>
        <translation>precio sin producto: se guardó en las notas (asigne una columna de productos o elija el producto de los precios: --product o la página de asignación del asistente)</translation>
    </message>
    <message>
        <source>{label} {reason}</source>
        <translation>{label} {reason}</translation>
    </message>
    <message>
        <source>Checking rows of {name}</source>
        <translation>Revisando las filas de {name}</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: a formula with no saved value (open the file in Excel and save it again to compute it)</source>
        <translation>Fila {row}, columna {column}: una fórmula sin valor guardado (abra el archivo en Excel y guárdelo de nuevo para calcularla)</translation>
    </message>
    <message>
        <source>{header}: decimal {mark}</source>
        <translation>{header}: decimal {mark}</translation>
    </message>
    <message>
        <source>{header}: dates read as {order}</source>
        <translation>{header}: fechas leídas como {order}</translation>
    </message>
    <message>
        <source>the supplier name is empty</source>
        <translation>el nombre del proveedor está vacío</translation>
    </message>
    <message>
        <source>the country is empty (map a country column or choose a default country)</source>
        <translation>el país está vacío (asigne una columna de país o elija un país predeterminado)</translation>
    </message>
    <message>
        <source>Comparing with existing suppliers</source>
        <translation>Comparando con los proveedores existentes</translation>
    </message>
    <message>
        <source>{reason} (left empty)</source>
        <translation>{reason} (se dejó vacío)</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>Import {batch} ({file}) was already undone ({when})</source>
        <translation>La importación {batch} ({file}) ya se deshizo ({when})</translation>
    </message>
    <message>
        <source>{record} {id}{row}: deleted since</source>
        <translation>{record} {id}{row}: eliminado después</translation>
    </message>
    <message>
        <source>{record} '{name}'{row}: {reason}, kept</source>
        <translation>{record} '{name}'{row}: {reason}, se conservó</translation>
    </message>
    <message>
        <source>has negotiations added since</source>
        <translation>tiene negociaciones agregadas después</translation>
    </message>
    <message>
        <source>has notes or follow-ups added since</source>
        <translation>tiene notas o seguimientos agregados después</translation>
    </message>
    <message>
        <source>has certifications added since</source>
        <translation>tiene certificaciones agregadas después</translation>
    </message>
    <message>
        <source>has tags added since</source>
        <translation>tiene etiquetas agregadas después</translation>
    </message>
    <message>
        <source>has offers added since</source>
        <translation>tiene ofertas agregadas después</translation>
    </message>
    <message>
        <source>is used by a negotiation</source>
        <translation>lo usa una negociación</translation>
    </message>
    <message>
        <source>is sold by a supplier</source>
        <translation>lo vende un proveedor</translation>
    </message>
    <message>
        <source> (row {row})</source>
        <translation> (fila {row})</translation>
    </message>
    <message>
        <source>{record} '{name}'{row}: edited since the import, kept</source>
        <translation>{record} '{name}'{row}: editado después de la importación, se conservó</translation>
    </message>
    <message>
        <source>sheet '{name}' says it has {rows} rows; the limit is {limit} (Excel's own)</source>
        <translation>la hoja '{name}' indica {rows} filas; el límite es {limit} (el de Excel)</translation>
    </message>
    <message>
        <source>sheet '{name}' says it has {columns} columns; the limit is {limit} (Excel's own)</source>
        <translation>la hoja '{name}' indica {columns} columnas; el límite es {limit} (el de Excel)</translation>
    </message>
    <message>
        <source>{count} formula cell(s) have no saved result (the first is {cell}); open the file in Excel, let it calculate and save it again</source>
        <translation>{count} celda(s) con fórmula no tienen resultado guardado (la primera es {cell}); abra el archivo en Excel, deje que calcule y guárdelo de nuevo</translation>
    </message>
</context>
<context>
    <name>Landed</name>
    <message>
        <source>a freight cost per container needs the container's payload in kg</source>
        <translation>un flete por contenedor necesita la carga útil del contenedor en kg</translation>
    </message>
    <message>
        <source>Incoterm of the offer</source>
        <translation>Incoterm de la oferta</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Recolección</translation>
    </message>
    <message>
        <source>Export clearance</source>
        <translation>Despacho de exportación</translation>
    </message>
    <message>
        <source>Inland transport</source>
        <translation>Transporte interno</translation>
    </message>
    <message>
        <source>Terminal handling</source>
        <translation>Manejo en terminal</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Unloading</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Port charges</source>
        <translation>Gastos portuarios</translation>
    </message>
    <message>
        <source>Import clearance</source>
        <translation>Despacho de importación</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspección</translation>
    </message>
    <message>
        <source>Cold store</source>
        <translation>Cámara frigorífica</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>pickup</source>
        <translation>recolección</translation>
    </message>
    <message>
        <source>export clearance</source>
        <translation>despacho de exportación</translation>
    </message>
    <message>
        <source>inland transport</source>
        <translation>transporte interno</translation>
    </message>
    <message>
        <source>terminal handling</source>
        <translation>manejo en terminal</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>carga</translation>
    </message>
    <message>
        <source>unloading</source>
        <translation>descarga</translation>
    </message>
    <message>
        <source>port charges</source>
        <translation>gastos portuarios</translation>
    </message>
    <message>
        <source>import clearance</source>
        <translation>despacho de importación</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>inspección</translation>
    </message>
    <message>
        <source>cold store</source>
        <translation>cámara frigorífica</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>entrega</translation>
    </message>
    <message>
        <source>a freight route</source>
        <translation>una ruta de flete</translation>
    </message>
    <message>
        <source>kg per container to spread the {charge} charge (the route's payload or the product's kg per container)</source>
        <translation>kg por contenedor para repartir el cargo de {charge} (la carga útil de la ruta o los kg por contenedor del producto)</translation>
    </message>
    <message>
        <source>payload in kg of the freight route {route}</source>
        <translation>carga útil en kg de la ruta de flete {route}</translation>
    </message>
    <message>
        <source>insurance rate of the freight route {route}</source>
        <translation>tasa de seguro de la ruta de flete {route}</translation>
    </message>
    <message>
        <source>a tariff row (duty and VAT)</source>
        <translation>una fila de arancel (arancel e IVA)</translation>
    </message>
    <message>
        <source>Duty ({tariff})</source>
        <translation>Arancel ({tariff})</translation>
    </message>
    <message>
        <source>VAT {rate}%</source>
        <translation>IVA {rate}%</translation>
    </message>
    <message>
        <source>{from_currency}→{to_currency} rate on or before {date}</source>
        <translation>tipo de cambio {from_currency}→{to_currency} al {date} o antes</translation>
    </message>
    <message>
        <source>Main freight</source>
        <translation>Flete principal</translation>
    </message>
    <message>
        <source>Price {term}</source>
        <translation>Precio {term}</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>CIF (customs value)</source>
        <translation>CIF (valor en aduana)</translation>
    </message>
</context>
<context>
    <name>Lateness</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>vencido hace %n día</numerusform>
            <numerusform>vencido hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>No logo: sheets show the company's initials</source>
        <translation>Sin logo: las fichas muestran las iniciales de la empresa</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Elegir el logo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Negotiations</source>
        <translation>Negociaciones</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Embarques</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Compare offers</source>
        <translation>Comparar ofertas</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Advertencia: {warning}</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Archive / restore</source>
        <translation>&amp;Archivar / restaurar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Cargar datos de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet…</source>
        <translation>&amp;Importar hoja de cálculo…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;Historial de importaciones…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Exchange rates…</source>
        <translation>&amp;Tipos de cambio…</translation>
    </message>
    <message>
        <source>&amp;Products…</source>
        <translation>&amp;Productos…</translation>
    </message>
    <message>
        <source>&amp;Freight and charges…</source>
        <translation>&amp;Flete y cargos…</translation>
    </message>
    <message>
        <source>&amp;Tariffs…</source>
        <translation>A&amp;ranceles…</translation>
    </message>
    <message>
        <source>&amp;Connect to team database…</source>
        <translation>&amp;Conectar a la base de datos del equipo…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Supplier Desk</source>
        <translation>&amp;Acerca de Supplier Desk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Archived {name}</source>
        <translation>Archivado: {name}</translation>
    </message>
    <message>
        <source>Restored {name}</source>
        <translation>Restaurado: {name}</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Today's backup: {file}</source>
        <translation>Respaldo de hoy: {file}</translation>
    </message>
    <message>
        <source>Warning: today's backup could not be made: {reason}</source>
        <translation>Advertencia: no se pudo hacer el respaldo de hoy: {reason}</translation>
    </message>
    <message>
        <source>Demo data: {suppliers}, {negotiations} and {shipments} added</source>
        <translation>Datos de demostración: se agregaron {suppliers}, {negotiations} y {shipments}</translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n proveedor</numerusform>
            <numerusform>%n proveedores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negotiation(s)</source>
        <translation>
            <numerusform>%n negociación</numerusform>
            <numerusform>%n negociaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n embarque</numerusform>
            <numerusform>%n embarques</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>Cargando datos de demostración…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Note (added to the notes)</source>
        <translation>Nota (se agrega a las notas)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Values in the file</source>
        <translation>Valores en el archivo</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>the product the prices are for, in rows that name none</source>
        <translation>el producto de los precios, en las filas que no lo indican</translation>
    </message>
    <message>
        <source>Product of the prices:</source>
        <translation>Producto de los precios:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>{field} (required)</source>
        <translation>{field} (obligatorio)</translation>
    </message>
    <message>
        <source>The column names are in row {row}. Choose what each column holds; the choices shown are the mapping you confirmed for this header last time.</source>
        <translation>Los nombres de las columnas están en la fila {row}. Elija qué contiene cada columna; lo que se muestra es la correspondencia que confirmó para este encabezado la última vez.</translation>
    </message>
    <message>
        <source>The file has no header row. Choose what each column holds; the choices shown are the mapping you confirmed for this header last time.</source>
        <translation>El archivo no tiene fila de encabezado. Elija qué contiene cada columna; lo que se muestra es la correspondencia que confirmó para este encabezado la última vez.</translation>
    </message>
    <message>
        <source>The column names are in row {row}. Choose what each column holds; the choices shown are a suggestion from the column names and their values.</source>
        <translation>Los nombres de las columnas están en la fila {row}. Elija qué contiene cada columna; lo que se muestra es una sugerencia según los nombres de las columnas y sus valores.</translation>
    </message>
    <message>
        <source>The file has no header row. Choose what each column holds; the choices shown are a suggestion from the column names and their values.</source>
        <translation>El archivo no tiene fila de encabezado. Elija qué contiene cada columna; lo que se muestra es una sugerencia según los nombres de las columnas y sus valores.</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>su elección</translation>
    </message>
    <message>
        <source>saved mapping</source>
        <translation>correspondencia guardada</translation>
    </message>
    <message>
        <source>How sure the suggestion is: check the lower ones</source>
        <translation>Qué tan segura es la sugerencia: revise las más bajas</translation>
    </message>
    <message>
        <source>{field} was column {column}; column {column} is now ignored.</source>
        <translation>{field} estaba en la columna {column}; la columna {column} ahora se ignora.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the fields of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Required, no column chosen: {fields} (or choose a default country on the first page)</source>
        <translation>Obligatorio, sin columna elegida: {fields} (o elija un país por defecto en la primera página)</translation>
    </message>
    <message>
        <source>Required, no column chosen: {fields}</source>
        <translation>Obligatorio, sin columna elegida: {fields}</translation>
    </message>
    <message>
        <source>Choose a column for {fields}.</source>
        <translation>Elija una columna para {fields}.</translation>
    </message>
</context>
<context>
    <name>NegotiationForm</name>
    <message>
        <source>Deal</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Type a supplier's name…</source>
        <translation>Escriba el nombre del proveedor…</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>e.g. Hass avocado, cherries</source>
        <translation>p. ej., palta Hass, cerezas</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>(default: product – supplier)</source>
        <translation>(predeterminado: producto – proveedor)</translation>
    </message>
    <message>
        <source>e.g. Cat I, calibre 48</source>
        <translation>p. ej., Cat. I, calibre 48</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>e.g. 20000</source>
        <translation>p. ej., 20000</translation>
    </message>
    <message>
        <source>Target price</source>
        <translation>Precio objetivo</translation>
    </message>
    <message>
        <source>e.g. 3.80</source>
        <translation>p. ej., 3.80</translation>
    </message>
    <message>
        <source>per</source>
        <translation>por</translation>
    </message>
    <message>
        <source>e.g. 30% advance, 70% against B/L</source>
        <translation>p. ej., 30% de anticipo, 70% contra B/L</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>e.g. Valparaíso, Shanghai</source>
        <translation>p. ej., Valparaíso, Shanghái</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Files ({count})</source>
        <translation>Archivos ({count})</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>choose the supplier from the list</source>
        <translation>elija el proveedor de la lista</translation>
    </message>
</context>
<context>
    <name>Negotiations</name>
    <message>
        <source>is required with {incoterm} (e.g. FOB Valparaíso)</source>
        <translation>es obligatorio con {incoterm} (p. ej. FOB Valparaíso)</translation>
    </message>
    <message>
        <source>is required with a target price</source>
        <translation>es obligatorio con un precio objetivo</translation>
    </message>
    <message>
        <source>{title} has shipments; archive it instead</source>
        <translation>{title} tiene embarques; archívela en su lugar</translation>
    </message>
</context>
<context>
    <name>NegotiationsView</name>
    <message>
        <source>All stages</source>
        <translation>Etapa: todas</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Negocios abiertos</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Producto: todos</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>País: todos</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Responsable: todos</translation>
    </message>
    <message>
        <source>Show deals at this stage</source>
        <translation>Mostrar negocios en esta etapa</translation>
    </message>
    <message>
        <source>Show deals for this product</source>
        <translation>Mostrar negocios de este producto</translation>
    </message>
    <message>
        <source>Show deals with suppliers in this country</source>
        <translation>Mostrar negocios con proveedores de este país</translation>
    </message>
    <message>
        <source>Show deals owned by this person</source>
        <translation>Mostrar negocios a cargo de esta persona</translation>
    </message>
    <message>
        <source>Search negotiations…</source>
        <translation>Buscar negociaciones…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln negotiation(s)</source>
        <translation>
            <numerusform>%Ln negociación</numerusform>
            <numerusform>%Ln negociaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Add offer</source>
        <translation>Agregar oferta</translation>
    </message>
    <message>
        <source>Edit offer</source>
        <translation>Editar oferta</translation>
    </message>
</context>
<context>
    <name>OfferForm</name>
    <message>
        <source>e.g. 3.95</source>
        <translation>p. ej., 3.95</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>per</source>
        <translation>por</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>e.g. 20000</source>
        <translation>p. ej., 20000</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>e.g. Valparaíso, Shanghai</source>
        <translation>p. ej., Valparaíso, Shanghái</translation>
    </message>
</context>
<context>
    <name>OfferRoundsModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Landed {currency}/kg</source>
        <translation>Costo en destino {currency}/kg</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Nosotros</translation>
    </message>
    <message>
        <source>Gap: {note}</source>
        <translation>Diferencia: {note}</translation>
    </message>
    <message>
        <source>Gap on landed cost: {price} ({percent}% of their landed cost)</source>
        <translation>Diferencia en costo puesto en destino: {price} ({percent}% del costo del proveedor)</translation>
    </message>
    <message>
        <source>Gap: {price} ({percent}% of their price)</source>
        <translation>Diferencia: {price} ({percent}% del precio del proveedor)</translation>
    </message>
    <message>
        <source>an input</source>
        <translation>un dato</translation>
    </message>
    <message>
        <source>missing: {input}</source>
        <translation>falta: {input}</translation>
    </message>
    <message>
        <source>Landed cost not computed; missing:</source>
        <translation>Costo puesto en destino no calculado; falta:</translation>
    </message>
    <message>
        <source>{label}: {amount}</source>
        <translation>{label}: {amount}</translation>
    </message>
    <message>
        <source>Landed: {amount} {currency}/kg</source>
        <translation>Puesto en destino: {amount} {currency}/kg</translation>
    </message>
    <message>
        <source>Duty and VAT come from the tariff rows: check them against the current Chinese tariff.</source>
        <translation>El arancel y el IVA salen de las filas de aranceles: verifíquelos con el arancel chino vigente.</translation>
    </message>
    <message>
        <source>Offer rounds</source>
        <translation>Rondas de ofertas</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Agregar oferta</translation>
    </message>
    <message>
        <source>Edit offer</source>
        <translation>Editar oferta</translation>
    </message>
    <message>
        <source>Delete offer</source>
        <translation>Eliminar oferta</translation>
    </message>
    <message>
        <source>Loading offers…</source>
        <translation>Cargando ofertas…</translation>
    </message>
    <message>
        <source>The offers could not be read: {reason}</source>
        <translation>No se pudieron leer las ofertas: {reason}</translation>
    </message>
    <message>
        <source>Save the negotiation to record its offers.</source>
        <translation>Guarde la negociación para registrar sus ofertas.</translation>
    </message>
    <message>
        <source>Supplier's price: {supplier} · Ours: {ours}</source>
        <translation>Precio del proveedor: {supplier} · Nuestro precio: {ours}</translation>
    </message>
    <message>
        <source>freight route…</source>
        <translation>ruta de flete…</translation>
    </message>
    <message>
        <source>Delete round {round} ({side}, {price} on {day})?</source>
        <translation>¿Eliminar la ronda {round} ({side}, {price} del {day})?</translation>
    </message>
    <message>
        <source>Offer not deleted</source>
        <translation>Oferta no eliminada</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Archived: {text}</source>
        <translation>Archivado: {text}</translation>
    </message>
</context>
<context>
    <name>PreviewModels</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>Crear nuevo</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Another contact</source>
        <translation>Otro contacto</translation>
    </message>
    <message>
        <source>row {row} of this file</source>
        <translation>fila {row} de este archivo</translation>
    </message>
    <message>
        <source>supplier {number}</source>
        <translation>proveedor {number}</translation>
    </message>
    <message>
        <source>Merge into “{name}”</source>
        <translation>Combinar con «{name}»</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué sucede</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>advertencia: {problem}</translation>
    </message>
    <message>
        <source>Looks like “{name}” ({percent} alike): {decision}</source>
        <translation>Se parece a «{name}» ({percent} de similitud): {decision}</translation>
    </message>
    <message>
        <source>Looks like “{name}”: {decision}</source>
        <translation>Se parece a «{name}»: {decision}</translation>
    </message>
    <message>
        <source>fills {fields}</source>
        <translation>completa {fields}</translation>
    </message>
    <message>
        <source>adds contact {name}</source>
        <translation>agrega el contacto {name}</translation>
    </message>
    <message>
        <source>adds products {products}</source>
        <translation>agrega los productos {products}</translation>
    </message>
    <message>
        <source>replaces {fields}</source>
        <translation>reemplaza {fields}</translation>
    </message>
    <message>
        <source>New supplier with contact {name}</source>
        <translation>Proveedor nuevo con el contacto {name}</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Proveedor nuevo</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <source>Same supplier as row {row}: {changes}</source>
        <translation>Mismo proveedor que la fila {row}: {changes}</translation>
    </message>
    <message>
        <source>{price} per {unit}</source>
        <translation>{price} por {unit}</translation>
    </message>
    <message>
        <source>{offer} from {supplier}</source>
        <translation>{offer} de {supplier}</translation>
    </message>
    <message>
        <source>Already recorded: {offer}</source>
        <translation>Ya registrada: {offer}</translation>
    </message>
    <message>
        <source>New offer: {offer}</source>
        <translation>Oferta nueva: {offer}</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Se parece a</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Use the file's</source>
        <translation>Usar el del archivo</translation>
    </message>
    <message>
        <source>{name} (row {row} of this file)</source>
        <translation>{name} (fila {row} de este archivo)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>These rows look like a supplier already recorded (or an earlier row) without being sure. Choose for each: skip it, create a new supplier, or merge it into the recorded one (its empty fields are filled).</source>
        <translation>Estas filas se parecen a un proveedor ya registrado (o a una fila anterior), sin certeza. Elija para cada una: omitirla, crear un proveedor nuevo o combinarla con el registrado (se completan sus campos vacíos).</translation>
    </message>
    <message>
        <source>All of them:</source>
        <translation>Todas:</translation>
    </message>
    <message>
        <source>The file and the recorded supplier disagree on these fields. The recorded value is kept unless you tick “Use the file's”. Where a new supplier is named on two rows of the file, the first row's value is kept.</source>
        <translation>El archivo y el proveedor registrado no coinciden en estos campos. Se conserva el valor registrado, salvo que marque «Usar el del archivo». Si un proveedor nuevo aparece en dos filas del archivo, se conserva el valor de la primera.</translation>
    </message>
    <message>
        <source>These cells could not be read: the rows are imported with the field left empty. Fix them on the supplier later, or save the rows to fix and import them again.</source>
        <translation>Estas celdas no se pudieron leer: las filas se importan con el campo vacío. Corríjalas después en el proveedor, o guarde las filas por corregir e impórtelas de nuevo.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Different values</source>
        <translation>Valores distintos</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>Cómo se leyó el archivo</translation>
    </message>
    <message>
        <source>Skip them, import the rest</source>
        <translation>Omitirlas, importar el resto</translation>
    </message>
    <message>
        <source>The rows with errors are left out; save them to fix them</source>
        <translation>Las filas con errores quedan fuera; guárdelas para corregirlas</translation>
    </message>
    <message>
        <source>Stop on the first error</source>
        <translation>Detenerse en el primer error</translation>
    </message>
    <message>
        <source>Nothing is imported while any row has an error</source>
        <translation>No se importa nada mientras alguna fila tenga un error</translation>
    </message>
    <message>
        <source>Save rows to fix…</source>
        <translation>Guardar filas por corregir…</translation>
    </message>
    <message>
        <source>An Excel file with the rows with errors or warnings as they are in the file, plus a Problem column: fix them there and import it again</source>
        <translation>Un archivo de Excel con las filas con errores o advertencias tal como están en el archivo, más una columna Problema: corríjalas allí e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>Rows with errors:</source>
        <translation>Filas con errores:</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problemas ({count})</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Advertencias ({count})</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Posibles duplicados ({count})</translation>
    </message>
    <message>
        <source>Different values ({count})</source>
        <translation>Valores distintos ({count})</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%n nueva</numerusform>
            <numerusform>%n nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%n por actualizar</numerusform>
            <numerusform>%n por actualizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>possible duplicates</comment>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <comment>possible duplicates</comment>
        <translation>
            <numerusform>%n creado</numerusform>
            <numerusform>%n creados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <comment>possible duplicates</comment>
        <translation>
            <numerusform>%n combinado</numerusform>
            <numerusform>%n combinados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s) ({decided})</source>
        <translation>
            <numerusform>%n posible duplicado ({decided})</numerusform>
            <numerusform>%n posibles duplicados ({decided})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%n con errores</numerusform>
            <numerusform>%n con errores</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Guardando {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to fix saved to {path}</source>
        <translation>
            <numerusform>%n fila por corregir guardada en {path}</numerusform>
            <numerusform>%n filas por corregir guardadas en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported with a field left empty</source>
        <translation>
            <numerusform>%n se importa con un campo vacío</numerusform>
            <numerusform>%n se importan con un campo vacío</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} ({sheets})</source>
        <translation>{file} ({sheets})</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n row(s): {parts}</source>
        <translation>
            <numerusform>{file}: %n fila: {parts}</numerusform>
            <numerusform>{file}: %n filas: {parts}</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} - rows to fix.xlsx</source>
        <translation>{file} - filas por corregir.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <source>Save rows to fix</source>
        <translation>Guardar filas por corregir</translation>
    </message>
</context>
<context>
    <name>PreviewWords</name>
    <message numerus="yes">
        <source>%n different value(s) kept as recorded</source>
        <translation>
            <numerusform>%n valor distinto se conserva como está registrado</numerusform>
            <numerusform>%n valores distintos se conservan como están registrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different value(s) kept as in row {row}</source>
        <translation>
            <numerusform>%n valor distinto se conserva como en la fila {row}</numerusform>
            <numerusform>%n valores distintos se conservan como en la fila {row}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceChart</name>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Nosotros</translation>
    </message>
    <message>
        <source>d MMM yy</source>
        <translation>d MMM yy</translation>
    </message>
    <message>
        <source>No offers yet</source>
        <translation>Aún no hay ofertas</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>Historial de precios</translation>
    </message>
    <message>
        <source>{currency} per {unit}</source>
        <translation>{currency} por {unit}</translation>
    </message>
    <message>
        <source>Only offers in {kept} (the latest offer's) are charted; {count} in {others} left out.</source>
        <translation>Solo se grafican las ofertas en {kept} (las de la última oferta); se omiten las ofertas en {others}: {count}.</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <source>a product called {name} already exists</source>
        <translation>ya existe un producto llamado {name}</translation>
    </message>
    <message>
        <source>{name} is used by suppliers or negotiations</source>
        <translation>{name} está en uso por proveedores o negociaciones</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Search name or category</source>
        <translation>Buscar nombre o categoría</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} a {high}</translation>
    </message>
    <message>
        <source>missing {figures}</source>
        <translation>falta {figures}</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>Offers priced or sized per box or container need these figures: without them their landed cost is not computed</source>
        <translation>Las ofertas con precio o volumen por caja o contenedor necesitan estas cifras: sin ellas no se calcula su costo puesto en destino</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n producto</numerusform>
            <numerusform>%n productos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n products: search to find others</source>
        <translation>
            <numerusform>Los primeros %n productos: busque para encontrar otros</numerusform>
            <numerusform>Los primeros %n productos: busque para encontrar otros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lack packaging (marked): offers of theirs per box or container get no landed cost</source>
        <translation>
            <numerusform>%n sin datos de empaque (marcado): sus ofertas por caja o contenedor no tienen costo puesto en destino</numerusform>
            <numerusform>%n sin datos de empaque (marcados): sus ofertas por caja o contenedor no tienen costo puesto en destino</numerusform>
        </translation>
    </message>
    <message>
        <source>kg per box</source>
        <translation>kg por caja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Código SA</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Shelf life (days)</source>
        <translation>Vida útil (días)</translation>
    </message>
    <message>
        <source>kg per 20'</source>
        <translation>kg por 20'</translation>
    </message>
    <message>
        <source>kg per 40'</source>
        <translation>kg por 40'</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Empaque</translation>
    </message>
    <message>
        <source>kg per container</source>
        <translation>kg por contenedor</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>Queries</name>
    <message>
        <source>sea</source>
        <translation>marítimo</translation>
    </message>
    <message>
        <source>air</source>
        <translation>aéreo</translation>
    </message>
    <message>
        <source>origin port of the negotiation (for its freight route)</source>
        <translation>puerto de origen de la negociación (para su ruta de flete)</translation>
    </message>
    <message>
        <source>destination port of the negotiation (for its freight route)</source>
        <translation>puerto de destino de la negociación (para su ruta de flete)</translation>
    </message>
    <message>
        <source>{mode} freight route {origin} → {destination} valid on {day}</source>
        <translation>ruta de flete {mode} {origin} → {destination} vigente el {day}</translation>
    </message>
    <message>
        <source>HS code of {product} (for its duty and VAT)</source>
        <translation>código SA de {product} (para su arancel e IVA)</translation>
    </message>
    <message>
        <source>the supplier's country (for duty and VAT)</source>
        <translation>el país del proveedor (para el arancel y el IVA)</translation>
    </message>
    <message>
        <source>tariff for HS {code} from {country} on {day}</source>
        <translation>arancel para el SA {code} desde {country} el {day}</translation>
    </message>
    <message>
        <source>missing: {input}</source>
        <translation>falta: {input}</translation>
    </message>
    <message>
        <source>gap on landed cost, {currency}/kg</source>
        <translation>diferencia sobre el costo puesto en destino, {currency}/kg</translation>
    </message>
    <message>
        <source>no trend yet</source>
        <translation>sin tendencia aún</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>a la baja</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>al alza</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>currency ({ours}, {theirs})</source>
        <translation>moneda ({ours}, {theirs})</translation>
    </message>
    <message>
        <source>unit ({ours}, {theirs})</source>
        <translation>unidad ({ours}, {theirs})</translation>
    </message>
    <message>
        <source>Incoterm ({ours}, {theirs})</source>
        <translation>Incoterm ({ours}, {theirs})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>{first} and {second} and {third}</source>
        <translation>{first}, {second} y {third}</translation>
    </message>
    <message>
        <source>no offer from the supplier yet</source>
        <translation>aún no hay oferta del proveedor</translation>
    </message>
    <message>
        <source>no offer from us yet</source>
        <translation>aún no hay oferta nuestra</translation>
    </message>
    <message>
        <source>offers differ in {differences}</source>
        <translation>las ofertas difieren en {differences}</translation>
    </message>
    <message>
        <source>its inputs</source>
        <translation>sus datos</translation>
    </message>
    <message>
        <source>{differ}; no landed cost to compare without: {lacking}</source>
        <translation>{differ}; no hay costo puesto en destino para comparar sin: {lacking}</translation>
    </message>
    <message>
        <source>the product</source>
        <translation>el producto</translation>
    </message>
    <message>
        <source>no {currency}→{reporting} rate on or before {day}</source>
        <translation>no hay tipo de cambio {currency}→{reporting} al {day} o antes</translation>
    </message>
    <message numerus="yes">
        <source>+%n deal(s) without a {currency}→{reporting} rate</source>
        <translation><numerusform>+%n negocio sin tipo de cambio {currency}→{reporting}</numerusform><numerusform>+%n negocios sin tipo de cambio {currency}→{reporting}</numerusform></translation>
    </message>
</context>
<context>
    <name>Rates</name>
    <message>
        <source>{file}: an ECB file declares no document type; this one does</source>
        <translation>{file}: un archivo del BCE no declara tipo de documento; este sí lo hace</translation>
    </message>
    <message>
        <source>{file}: not well-formed XML ({reason})</source>
        <translation>{file}: XML mal formado ({reason})</translation>
    </message>
    <message>
        <source>{file}: Cube time</source>
        <translation>{file}: Cube time</translation>
    </message>
    <message>
        <source>{file}: no &lt;Cube time=...&gt; with rates in it: is it an ECB file?</source>
        <translation>{file}: no hay &lt;Cube time=...&gt; con tipos de cambio: ¿es un archivo del BCE?</translation>
    </message>
    <message>
        <source>{file}: the first row is not the ECB's 'Date,USD,JPY,...' header</source>
        <translation>{file}: la primera fila no es el encabezado 'Date,USD,JPY,...' del BCE</translation>
    </message>
    <message>
        <source>{file}: no rates under the header</source>
        <translation>{file}: no hay tipos de cambio bajo el encabezado</translation>
    </message>
    <message>
        <source>{file} row {row}, column {column}</source>
        <translation>{file} fila {row}, columna {column}</translation>
    </message>
    <message>
        <source>{where}: {value} is not a yyyy-mm-dd date</source>
        <translation>{where}: {value} no es una fecha aaaa-mm-dd</translation>
    </message>
    <message>
        <source>no {from_currency}→{to_currency} rate on or before {date}: add one (fx add) or import the ECB rates (fx import, fx update)</source>
        <translation>no hay tipo de cambio {from_currency}→{to_currency} al {date} o antes: agregue uno (fx add) o importe los tipos del BCE (fx import, fx update)</translation>
    </message>
    <message>
        <source>could not reach the ECB ({reason}): no rates were changed; try again when online</source>
        <translation>no se pudo conectar con el BCE ({reason}): no se modificó ningún tipo; inténtelo de nuevo con conexión</translation>
    </message>
    <message>
        <source>the server answered {code} {reason}</source>
        <translation>el servidor respondió {code} {reason}</translation>
    </message>
    <message>
        <source>the ECB sent more than {count} bytes: no rates were changed</source>
        <translation>el BCE envió más de {count} bytes: no se modificó ningún tipo</translation>
    </message>
    <message>
        <source>the ECB sent something that is not its rates file: no rates were changed</source>
        <translation>el BCE envió algo que no es su archivo de tipos: no se modificó ningún tipo</translation>
    </message>
    <message>
        <source>the ECB's answer</source>
        <translation>la respuesta del BCE</translation>
    </message>
    <message>
        <source>{reason}: no rates were changed</source>
        <translation>{reason}: no se modificó ningún tipo</translation>
    </message>
    <message>
        <source>is too small: the smallest rate kept is {rate}</source>
        <translation>es demasiado pequeño: el tipo más pequeño que se guarda es {rate}</translation>
    </message>
    <message>
        <source>is the same currency as From ({code})</source>
        <translation>es la misma moneda que De ({code})</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <source>{file} ({kind}, {days}): {read} rates read, {added} added, {changed} changed, {unchanged} already there; skipped retired currencies {currencies}</source>
        <translation>{file} ({kind}, {days}): {read} tipos leídos, {added} agregados, {changed} modificados, {unchanged} ya existentes; se omitieron las monedas retiradas {currencies}</translation>
    </message>
    <message>
        <source>{file} ({kind}, {days}): {read} rates read, {added} added, {changed} changed, {unchanged} already there</source>
        <translation>{file} ({kind}, {days}): {read} tipos leídos, {added} agregados, {changed} modificados, {unchanged} ya existentes</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB: is it a rates file?</source>
        <translation>{file} pesa más de {size} MB: ¿es un archivo de tipos de cambio?</translation>
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation>no se pudo leer {path}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a UTF-8 text file: save it as CSV (UTF-8)</source>
        <translation>{file} no es un archivo de texto UTF-8: guárdelo como CSV (UTF-8)</translation>
    </message>
    <message>
        <source>{reason}; nothing was imported</source>
        <translation>{reason}; no se importó nada</translation>
    </message>
    <message>
        <source>{date} EUR-&gt;{currency}: rate {reason}</source>
        <translation>{date} EUR-&gt;{currency}: el tipo {reason}</translation>
    </message>
    <message>
        <source>{file}: the first row must be the header 'date,from,to,rate' (it is {header}); nothing was imported</source>
        <translation>{file}: la primera fila debe ser el encabezado 'date,from,to,rate' (es {header}); no se importó nada</translation>
    </message>
    <message>
        <source>row {row}, {columns}</source>
        <translation>fila {row}, {columns}</translation>
    </message>
    <message>
        <source>row {row}: {from_currency}-&gt;{to_currency} on {date} is already on row {earlier} with another rate</source>
        <translation>fila {row}: {from_currency}-&gt;{to_currency} del {date} ya está en la fila {earlier} con otro tipo</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n bad row(s), nothing was imported: {rows} (and {more} more)</source>
        <translation><numerusform>{file}: %n fila con errores, no se importó nada: {rows} (y {more} más)</numerusform><numerusform>{file}: %n filas con errores, no se importó nada: {rows} (y {more} más)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n bad row(s), nothing was imported: {rows}</source>
        <translation><numerusform>{file}: %n fila con errores, no se importó nada: {rows}</numerusform><numerusform>{file}: %n filas con errores, no se importó nada: {rows}</numerusform></translation>
    </message>
    <message>
        <source>{file}: no rates under the header; nothing was imported</source>
        <translation>{file}: no hay tipos de cambio bajo el encabezado; no se importó nada</translation>
    </message>
    <message>
        <source>column {column}: {message}</source>
        <translation>columna {column}: {message}</translation>
    </message>
    <message>
        <source>someone else stored rates for the same days meanwhile; nothing was imported: import the file again</source>
        <translation>mientras tanto otra persona guardó tipos de cambio para los mismos días; no se importó nada: importe el archivo de nuevo</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Update from ECB</source>
        <translation>Actualizar del BCE</translation>
    </message>
    <message>
        <source>Download the European Central Bank's reference rates of today (EUR-based)</source>
        <translation>Descargar los tipos de referencia de hoy del Banco Central Europeo (base EUR)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n rates: choose a pair to see its older ones</source>
        <translation>
            <numerusform>Los %n tipos más recientes: elija un par para ver los anteriores</numerusform>
            <numerusform>Los %n tipos más recientes: elija un par para ver los anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s)</source>
        <translation>
            <numerusform>%n tipo de cambio</numerusform>
            <numerusform>%n tipos de cambio</numerusform>
        </translation>
    </message>
    <message>
        <source>Rates files ({patterns})</source>
        <translation>Archivos de tipos de cambio ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Todos los archivos ({patterns})</translation>
    </message>
    <message>
        <source>Import exchange rates</source>
        <translation>Importar tipos de cambio</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <source>Downloading the ECB's rates…</source>
        <translation>Descargando los tipos del BCE…</translation>
    </message>
</context>
<context>
    <name>Reaching</name>
    <message>
        <source>No mail program opened: copy the address {address}</source>
        <translation>No se abrió ningún programa de correo: copie la dirección {address}</translation>
    </message>
    <message>
        <source>No browser opened: WhatsApp number {number}</source>
        <translation>No se abrió ningún navegador: número de WhatsApp {number}</translation>
    </message>
    <message>
        <source>Copied {what} {text} to the clipboard</source>
        <translation>Se copió {what} {text} al portapapeles</translation>
    </message>
    <message>
        <source>Nobody at the supplier has an e-mail: fill in To</source>
        <translation>Nadie del proveedor tiene correo electrónico: complete el campo Para</translation>
    </message>
    <message>
        <source>E-mail draft opened: {file}</source>
        <translation>Borrador de correo abierto: {file}</translation>
    </message>
    <message>
        <source>No mail program opened the draft: it is saved as {file}</source>
        <translation>Ningún programa de correo abrió el borrador: quedó guardado como {file}</translation>
    </message>
    <message>
        <source>E-mail draft not written</source>
        <translation>No se pudo escribir el borrador de correo</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Solo lectura: {reason}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyMode</name>
    <message>
        <source>You can browse, search and export. To change data, ask your administrator for an editor role (or use a copy of the database you can write to).</source>
        <translation>Puede consultar, buscar y exportar. Para modificar datos, pida a su administrador un rol de editor (o use una copia de la base de datos en la que pueda escribir).</translation>
    </message>
    <message>
        <source>{action}: {reason}</source>
        <translation>{action}: {reason}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Nuevo proveedor</translation>
    </message>
    <message>
        <source>No supplier selected</source>
        <translation>Ningún proveedor seleccionado</translation>
    </message>
    <message>
        <source>Supplier not saved</source>
        <translation>Proveedor no guardado</translation>
    </message>
    <message>
        <source>This supplier has changes that are not saved.</source>
        <translation>Este proveedor tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Ningún contacto seleccionado</translation>
    </message>
    <message>
        <source>Contact not saved</source>
        <translation>Contacto no guardado</translation>
    </message>
    <message>
        <source>This contact has changes that are not saved.</source>
        <translation>Este contacto tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>New negotiation</source>
        <translation>Nueva negociación</translation>
    </message>
    <message>
        <source>No negotiation selected</source>
        <translation>Ninguna negociación seleccionada</translation>
    </message>
    <message>
        <source>Negotiation not saved</source>
        <translation>Negociación no guardada</translation>
    </message>
    <message>
        <source>This negotiation has changes that are not saved.</source>
        <translation>Esta negociación tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Embarque</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>Nuevo embarque</translation>
    </message>
    <message>
        <source>No shipment selected</source>
        <translation>Ningún embarque seleccionado</translation>
    </message>
    <message>
        <source>Shipment not saved</source>
        <translation>Embarque no guardado</translation>
    </message>
    <message>
        <source>This shipment has changes that are not saved.</source>
        <translation>Este embarque tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>Nueva oferta</translation>
    </message>
    <message>
        <source>No offer selected</source>
        <translation>Ninguna oferta seleccionada</translation>
    </message>
    <message>
        <source>Offer not saved</source>
        <translation>Oferta no guardada</translation>
    </message>
    <message>
        <source>This offer has changes that are not saved.</source>
        <translation>Esta oferta tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <source>No record selected</source>
        <translation>Ningún registro seleccionado</translation>
    </message>
    <message>
        <source>Record not saved</source>
        <translation>Registro no guardado</translation>
    </message>
    <message>
        <source>This record has changes that are not saved.</source>
        <translation>Este registro tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivado)</translation>
    </message>
    <message>
        <source>Please correct:

{reasons}</source>
        <translation>Corrija lo siguiente:

{reasons}</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Escriba para buscar…</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Show archived</source>
        <translation>Archivados</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Search records…</source>
        <translation>Buscar registros…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>This {entity} has changes that are not saved.</source>
        <translation>Este registro ({entity}) tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>{loaded} of {total}</source>
        <translation>{loaded} de {total}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Edit registration or certificate</source>
        <translation>Editar registro o certificado</translation>
    </message>
    <message>
        <source>Add a registration or certificate</source>
        <translation>Agregar un registro o certificado</translation>
    </message>
    <message>
        <source>GGN, CIFER, CSG/CSP code, certificate no.</source>
        <translation>GGN, CIFER, código CSG/CSP, n.º de certificado</translation>
    </message>
    <message>
        <source>Packing Curicó, Planta 2…</source>
        <translation>Packing Curicó, Planta 2…</translation>
    </message>
    <message>
        <source>From the dates</source>
        <translation>Según las fechas</translation>
    </message>
    <message>
        <source>Set by hand only when the authority says so (pending, suspended)</source>
        <translation>Fijar a mano solo si la autoridad lo indica (pendiente, suspendido)</translation>
    </message>
    <message>
        <source>None ticked: the supplier's whole range</source>
        <translation>Ninguno marcado: toda la gama del proveedor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Site kind</source>
        <translation>Tipo de sitio</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Dirección del sitio</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Emitido el</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Undo this import…</source>
        <translation>Deshacer esta importación…</translation>
    </message>
    <message numerus="yes">
        <source>%n new offer(s) created</source>
        <translation>
            <numerusform>%n oferta nueva creada</numerusform>
            <numerusform>%n ofertas nuevas creadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new supplier(s) created</source>
        <translation>
            <numerusform>%n proveedor nuevo creado</numerusform>
            <numerusform>%n proveedores nuevos creados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) updated</source>
        <translation>
            <numerusform>%n oferta actualizada</numerusform>
            <numerusform>%n ofertas actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s) updated</source>
        <translation>
            <numerusform>%n proveedor actualizado</numerusform>
            <numerusform>%n proveedores actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with nothing new</source>
        <translation>
            <numerusform>%n fila sin nada nuevo</numerusform>
            <numerusform>%n filas sin nada nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s) skipped</source>
        <translation>
            <numerusform>%n posible duplicado omitido</numerusform>
            <numerusform>%n posibles duplicados omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors not imported</source>
        <translation>
            <numerusform>%n fila con errores no importada</numerusform>
            <numerusform>%n filas con errores no importadas</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is imported</source>
        <translation>{file} se importó</translation>
    </message>
    <message>
        <source>This was import number {number}. It can be undone now, or later from File ▸ Import history (records edited since are kept).</source>
        <translation>Esta fue la importación número {number}. Se puede deshacer ahora, o después desde Archivo ▸ Historial de importaciones (los registros editados desde entonces se conservan).</translation>
    </message>
    <message>
        <source>The import is undone</source>
        <translation>La importación se deshizo</translation>
    </message>
    <message>
        <source>What it had done:
{lines}</source>
        <translation>Lo que había hecho:
{lines}</translation>
    </message>
</context>
<context>
    <name>SeasonModel</name>
    <message>
        <source>Sold for Chinese New Year: a shipment landing after it is flagged</source>
        <translation>Para el Año Nuevo Chino: se marca todo embarque que llegue después</translation>
    </message>
    <message numerus="yes">
        <source>Shelf life: %n day(s)</source>
        <translation>
            <numerusform>Vida útil: %n día</numerusform>
            <numerusform>Vida útil: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No season recorded for this origin</source>
        <translation>No hay temporada registrada para este origen</translation>
    </message>
    <message>
        <source>{month}: out of season</source>
        <translation>{month}: fuera de temporada</translation>
    </message>
    <message>
        <source>{month}: {level}</source>
        <translation>{month}: {level}</translation>
    </message>
    <message>
        <source>Chinese New Year: {day}</source>
        <translation>Año Nuevo Chino: {day}</translation>
    </message>
    <message>
        <source>expected close {day}</source>
        <translation>cierre previsto el {day}</translation>
    </message>
    <message>
        <source>delivery {start} to {end}</source>
        <translation>entrega del {start} al {end}</translation>
    </message>
    <message>
        <source>{mark} {deal} ({supplier}, {stage}): {when}</source>
        <translation>{mark} {deal} ({supplier}, {stage}): {when}</translation>
    </message>
    <message>
        <source>{mark} {reference} ({supplier}, {status}): ETD {etd}, ETA {eta}</source>
        <translation>{mark} {reference} ({supplier}, {status}): ETD {etd}, ETA {eta}</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>Doble clic para abrir</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>SeasonView</name>
    <message>
        <source>All products</source>
        <translation>Todos los productos</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Producto:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Año:</translation>
    </message>
    <message>
        <source>Season calendar</source>
        <translation>Calendario de temporadas</translation>
    </message>
    <message>
        <source>Loading the season calendar…</source>
        <translation>Cargando el calendario de temporadas…</translation>
    </message>
    <message>
        <source>Green: peak · light green: shipping · white: out of season · amber: a deal or shipment out of season. {deal} open negotiations, {shipment} shipments to arrive, {flag} flagged, {cny} Chinese New Year.</source>
        <translation>Verde: pico · verde claro: embarque · blanco: fuera de temporada · ámbar: un negocio o embarque fuera de temporada. {deal} negociaciones abiertas, {shipment} embarques por llegar, {flag} marcados, {cny} Año Nuevo Chino.</translation>
    </message>
    <message>
        <source>{mark} Chinese New Year {year}: {day}</source>
        <translation>{mark} Año Nuevo Chino {year}: {day}</translation>
    </message>
    <message>
        <source>Chinese New Year {year}: not in the table (2025-2035)</source>
        <translation>Año Nuevo Chino {year}: no está en la tabla (2025-2035)</translation>
    </message>
    <message>
        <source>No season recorded, and no open negotiation or shipment to arrive in {year}.</source>
        <translation>No hay temporada registrada ni negociaciones abiertas o embarques por llegar en {year}.</translation>
    </message>
    <message>
        <source>The season calendar could not be read.</source>
        <translation>No se pudo leer el calendario de temporadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) flagged:</source>
        <translation>
            <numerusform>%n embarque marcado:</numerusform>
            <numerusform>%n embarques marcados:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the red months)</source>
        <translation>
            <numerusform>… y %n más (vea los meses en rojo)</numerusform>
            <numerusform>… y %n más (vea los meses en rojo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product and origin row(s)</source>
        <translation>
            <numerusform>%n fila de producto y origen</numerusform>
            <numerusform>%n filas de producto y origen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged shipment(s)</source>
        <translation>
            <numerusform>%n embarque marcado</numerusform>
            <numerusform>%n embarques marcados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seasons</name>
    <message>
        <source>ETA {eta} is after Chinese New Year ({festival})</source>
        <translation>La ETA {eta} es posterior al Año Nuevo Chino ({festival})</translation>
    </message>
    <message>
        <source>transit {transit} days exceeds the shelf life {shelf_life} days minus {margin} days' margin</source>
        <translation>el tránsito de {transit} días supera la vida útil de {shelf_life} días menos {margin} días de margen</translation>
    </message>
</context>
<context>
    <name>ShipmentForm</name>
    <message>
        <source>(automatic)</source>
        <translation>(automático)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>e.g. MSKU1234565</source>
        <translation>p. ej., MSKU1234565</translation>
    </message>
    <message>
        <source>ship + voyage, or flight</source>
        <translation>buque + viaje, o vuelo</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Cold chain</source>
        <translation>Cadena de frío</translation>
    </message>
    <message>
        <source>e.g. -0.5</source>
        <translation>p. ej., -0.5</translation>
    </message>
    <message>
        <source>Incident notes</source>
        <translation>Notas de incidentes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Type a negotiation or supplier…</source>
        <translation>Escriba una negociación o un proveedor…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show this negotiation</source>
        <translation>Mostrar esta negociación</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Shipment {reference}</source>
        <translation>Embarque {reference}</translation>
    </message>
    <message>
        <source>An air shipment has no sea container</source>
        <translation>Un embarque aéreo no tiene contenedor marítimo</translation>
    </message>
    <message>
        <source>Choose the negotiation from the list.</source>
        <translation>Elija la negociación de la lista.</translation>
    </message>
    <message>
        <source>choose the negotiation from the list</source>
        <translation>elija la negociación de la lista</translation>
    </message>
</context>
<context>
    <name>ShipmentHints</name>
    <message>
        <source>Delivered, but no actual arrival date yet: add it under Dates.</source>
        <translation>Entregado, pero aún sin fecha real de llegada: agréguela en Fechas.</translation>
    </message>
    <message>
        <source>In transit, but no actual departure date yet: add it under Dates.</source>
        <translation>En tránsito, pero aún sin fecha real de salida: agréguela en Fechas.</translation>
    </message>
    <message>
        <source>At customs, but no actual departure date yet: add it under Dates.</source>
        <translation>En aduana, pero aún sin fecha real de salida: agréguela en Fechas.</translation>
    </message>
    <message>
        <source>Delivered, but no actual departure date yet: add it under Dates.</source>
        <translation>Entregado, pero aún sin fecha real de salida: agréguela en Fechas.</translation>
    </message>
    <message>
        <source>An actual arrival is recorded, yet the status is still planned.</source>
        <translation>Hay una llegada real registrada, pero el estado sigue siendo planificado.</translation>
    </message>
    <message>
        <source>An actual arrival is recorded, yet the status is still booked.</source>
        <translation>Hay una llegada real registrada, pero el estado sigue siendo reservado.</translation>
    </message>
    <message>
        <source>An actual departure is recorded, yet the status is still planned.</source>
        <translation>Hay una salida real registrada, pero el estado sigue siendo planificado.</translation>
    </message>
    <message>
        <source>An actual departure is recorded, yet the status is still booked.</source>
        <translation>Hay una salida real registrada, pero el estado sigue siendo reservado.</translation>
    </message>
</context>
<context>
    <name>Shipments</name>
    <message>
        <source>is in the future: an actual date records what happened</source>
        <translation>está en el futuro: una fecha real registra lo que ya ocurrió</translation>
    </message>
    <message>
        <source>is before the actual departure ({date})</source>
        <translation>es anterior a la salida real ({date})</translation>
    </message>
    <message>
        <source>an air shipment has no sea container</source>
        <translation>un embarque aéreo no tiene contenedor marítimo</translation>
    </message>
    <message>
        <source>{reference} is already used</source>
        <translation>{reference} ya está en uso</translation>
    </message>
</context>
<context>
    <name>ShipmentsView</name>
    <message>
        <source>Any status</source>
        <translation>Estado: todos</translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation>Sin entregar</translation>
    </message>
    <message>
        <source>Sea and air</source>
        <translation>Marítimo y aéreo</translation>
    </message>
    <message>
        <source>Search shipments…</source>
        <translation>Buscar embarques…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shipment(s)</source>
        <translation>
            <numerusform>%Ln embarque</numerusform>
            <numerusform>%Ln embarques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>StageCard</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n negocio</numerusform>
            <numerusform>%n negocios</numerusform>
        </translation>
    </message>
    <message>
        <source>Target price × target volume, in {currency} at today's rates</source>
        <translation>Precio objetivo × volumen objetivo, en {currency} al tipo de cambio de hoy</translation>
    </message>
    <message>
        <source>The same deals in the currency each was agreed in</source>
        <translation>Los mismos negocios en la moneda pactada en cada uno</translation>
    </message>
    <message>
        <source>Open deals at this stage; value = target price × target volume. Click to list them.</source>
        <translation>Negocios abiertos en esta etapa; valor = precio objetivo × volumen objetivo. Clic para listarlos.</translation>
    </message>
    <message numerus="yes">
        <source>+%n deal(s) without a {source}→{target} rate</source>
        <translation>
            <numerusform>+%n negocio sin tipo de cambio {source}→{target}</numerusform>
            <numerusform>+%n negocios sin tipo de cambio {source}→{target}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) without packaging</source>
        <translation>
            <numerusform>%n producto sin empaque</numerusform>
            <numerusform>%n productos sin empaque</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBarConnection</name>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Connected to {server}</source>
        <translation>Conectado a {server}</translation>
    </message>
    <message>
        <source>Not connected to {server}: the connection was lost; the next action tries again</source>
        <translation>Sin conexión con {server}: se perdió la conexión; la próxima acción lo intentará de nuevo</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>the backup was stopped</source>
        <translation>la copia de seguridad se detuvo</translation>
    </message>
    <message>
        <source>backups are for SQLite files; back up PostgreSQL with pg_dump</source>
        <translation>las copias de seguridad son para archivos SQLite; respalde PostgreSQL con pg_dump</translation>
    </message>
    <message>
        <source>cannot write the backup {path}: {reason}</source>
        <translation>no se puede escribir la copia de seguridad {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} no existe</translation>
    </message>
    <message>
        <source>{path} is not a Supplier Desk database (not SQLite)</source>
        <translation>{path} no es una base de datos de Supplier Desk (no es SQLite)</translation>
    </message>
    <message>
        <source>{path} is not a Supplier Desk database</source>
        <translation>{path} no es una base de datos de Supplier Desk</translation>
    </message>
    <message>
        <source>{path} is not a Supplier Desk database (no schema version)</source>
        <translation>{path} no es una base de datos de Supplier Desk (sin versión de esquema)</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>restore failed, the database is unchanged: {reason}</source>
        <translation>la restauración falló, la base de datos no cambió: {reason}</translation>
    </message>
    <message>
        <source>The connection to the team database was lost; your changes were not saved — try again</source>
        <translation>Se perdió la conexión con la base de datos del equipo; sus cambios no se guardaron — inténtelo de nuevo</translation>
    </message>
    <message>
        <source>The connection to the team database was lost while saving; nothing was saved. Your changes are still in the form.</source>
        <translation>Se perdió la conexión con la base de datos del equipo al guardar; no se guardó nada. Sus cambios siguen en el formulario.</translation>
    </message>
    <message>
        <source>The connection to the team database was lost while the server was saving: the change may or may not have been saved. Your changes are still in the form; reload the record to check before saving again.</source>
        <translation>Se perdió la conexión con la base de datos del equipo mientras el servidor guardaba: puede que el cambio se haya guardado o no. Sus cambios siguen en el formulario; vuelva a cargar el registro para comprobarlo antes de guardar de nuevo.</translation>
    </message>
    <message>
        <source>Server: enter the server's name or address</source>
        <translation>Servidor: ingrese el nombre o la dirección del servidor</translation>
    </message>
    <message>
        <source>Database: enter the database name</source>
        <translation>Base de datos: ingrese el nombre de la base de datos</translation>
    </message>
    <message>
        <source>User: enter your user name on the server</source>
        <translation>Usuario: ingrese su nombre de usuario en el servidor</translation>
    </message>
    <message>
        <source>Port: {port} is not a port number (1-65535)</source>
        <translation>Puerto: {port} no es un número de puerto (1-65535)</translation>
    </message>
    <message>
        <source>TLS: {mode} is not one of {modes}</source>
        <translation>TLS: {mode} no es uno de {modes}</translation>
    </message>
    <message>
        <source>TLS: the certificate authority file {path} does not exist</source>
        <translation>TLS: el archivo de la autoridad de certificación {path} no existe</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>the server refused the login (wrong user name or password)</source>
        <translation>el servidor rechazó el inicio de sesión (usuario o contraseña incorrectos)</translation>
    </message>
    <message>
        <source>the server has no user of that name</source>
        <translation>el servidor no tiene un usuario con ese nombre</translation>
    </message>
    <message>
        <source>the database {name} does not exist on the server</source>
        <translation>la base de datos {name} no existe en el servidor</translation>
    </message>
    <message>
        <source>the server's name cannot be found (check the server name)</source>
        <translation>no se encuentra el nombre del servidor (revise el nombre del servidor)</translation>
    </message>
    <message>
        <source>the server is not running or refuses connections (is it down?)</source>
        <translation>el servidor no está en marcha o rechaza conexiones (¿está caído?)</translation>
    </message>
    <message>
        <source>the server does not answer (check the network, or the server is down)</source>
        <translation>el servidor no responde (revise la red, o el servidor está caído)</translation>
    </message>
    <message>
        <source>the server does not offer encryption (TLS), and a server on another computer is only reached encrypted: ask whoever runs it to turn TLS on</source>
        <translation>el servidor no ofrece cifrado (TLS), y a un servidor en otro equipo solo se accede cifrado: pida a quien lo administra que active TLS</translation>
    </message>
    <message>
        <source>the secure (TLS) connection failed: {reason}</source>
        <translation>falló la conexión segura (TLS): {reason}</translation>
    </message>
    <message>
        <source>the server does not accept connections from this computer</source>
        <translation>el servidor no acepta conexiones desde este equipo</translation>
    </message>
    <message>
        <source>empty database: Supplier Desk will set it up</source>
        <translation>base de datos vacía: Supplier Desk la preparará</translation>
    </message>
    <message>
        <source>schema up to date</source>
        <translation>esquema al día</translation>
    </message>
    <message>
        <source>schema will be upgraded when you connect</source>
        <translation>el esquema se actualizará al conectarse</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL {version}, {state}</source>
        <translation>Conectado: PostgreSQL {version}, {state}</translation>
    </message>
    <message>
        <source>The team database</source>
        <translation>La base de datos del equipo</translation>
    </message>
    <message>
        <source>{reason}; nothing was saved</source>
        <translation>{reason}; no se guardó nada</translation>
    </message>
    <message>
        <source>--database is empty: give a file path or a postgresql+psycopg:// URL</source>
        <translation>--database está vacío: indique una ruta de archivo o una URL postgresql+psycopg://</translation>
    </message>
    <message>
        <source>{path} is read-only: make the file writable to make a database in it</source>
        <translation>{path} es de solo lectura: permita escribir en el archivo para crear una base de datos en él</translation>
    </message>
    <message>
        <source>cannot open {where}: the database driver {driver} is not installed (use a SQLite path or a postgresql+psycopg:// URL)</source>
        <translation>no se puede abrir {where}: el controlador de base de datos {driver} no está instalado (use una ruta SQLite o una URL postgresql+psycopg://)</translation>
    </message>
    <message>
        <source>cannot open {where}: cannot make the folder {folder} ({reason})</source>
        <translation>no se puede abrir {where}: no se puede crear la carpeta {folder} ({reason})</translation>
    </message>
    <message>
        <source>{path} is read-only and was written by an older Supplier Desk: make the file writable so that it can be brought up to date</source>
        <translation>{path} es de solo lectura y lo escribió una versión anterior de Supplier Desk: permita escribir en el archivo para poder actualizarlo</translation>
    </message>
    <message>
        <source>today's backup could not be made: {reason}</source>
        <translation>no se pudo hacer la copia de seguridad de hoy: {reason}</translation>
    </message>
    <message>
        <source>cannot open {where}</source>
        <translation>no se puede abrir {where}</translation>
    </message>
    <message>
        <source>{where}: the schema was brought up to date; run the command again</source>
        <translation>{where}: el esquema se actualizó a la versión actual; vuelva a ejecutar el comando</translation>
    </message>
    <message>
        <source>no database at {path}</source>
        <translation>no hay base de datos en {path}</translation>
    </message>
    <message>
        <source>cannot open {path}: it is a folder, not a database file</source>
        <translation>no se puede abrir {path}: es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a Supplier Desk database</source>
        <translation>{path} es un archivo vacío, no una base de datos de Supplier Desk</translation>
    </message>
    <message>
        <source>{where} holds no Supplier Desk database</source>
        <translation>{where} no contiene una base de datos de Supplier Desk</translation>
    </message>
    <message>
        <source>{where} is not a Supplier Desk database (it has no schema version; its tables: {tables}); check the URL: it was left as it was</source>
        <translation>{where} no es una base de datos de Supplier Desk (no tiene versión de esquema; sus tablas: {tables}); revise la URL: se dejó como estaba</translation>
    </message>
    <message>
        <source>{where} is not a Supplier Desk database (it has no schema version; its tables: {tables}); check the path: it was left as it was</source>
        <translation>{where} no es una base de datos de Supplier Desk (no tiene versión de esquema; sus tablas: {tables}); revise la ruta: se dejó como estaba</translation>
    </message>
    <message>
        <source>the file is not a Supplier Desk database</source>
        <translation>el archivo no es una base de datos de Supplier Desk</translation>
    </message>
    <message>
        <source>cannot open {where}: {reason}</source>
        <translation>no se puede abrir {where}: {reason}</translation>
    </message>
    <message>
        <source>this login may only read: ask whoever runs the database for write access</source>
        <translation>este usuario solo puede leer: pida acceso de escritura a quien administra la base de datos</translation>
    </message>
    <message>
        <source>this login may not read this data: ask whoever runs the database for access</source>
        <translation>este usuario no puede leer estos datos: pida acceso a quien administra la base de datos</translation>
    </message>
    <message>
        <source>another program holds the database: try again or close it</source>
        <translation>otro programa tiene tomada la base de datos: inténtelo de nuevo o ciérrelo</translation>
    </message>
    <message>
        <source>make the file writable, or work on a copy of it</source>
        <translation>permita escribir en el archivo o trabaje en una copia</translation>
    </message>
    <message>
        <source>ask whoever runs the database, or try again later</source>
        <translation>consulte a quien administra la base de datos o inténtelo más tarde</translation>
    </message>
    <message>
        <source>{reason}: {action}</source>
        <translation>{reason}: {action}</translation>
    </message>
    <message>
        <source>{file} is read-only</source>
        <translation>{file} es de solo lectura</translation>
    </message>
    <message>
        <source>your database role cannot change data</source>
        <translation>su rol en la base de datos no puede cambiar datos</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>el archivo de la base de datos es de solo lectura</translation>
    </message>
    <message>
        <source>the database server accepts no changes (read-only)</source>
        <translation>el servidor de base de datos no acepta cambios (solo lectura)</translation>
    </message>
</context>
<context>
    <name>SupplierFilters</name>
    <message>
        <source>All countries</source>
        <translation>País: todos</translation>
    </message>
    <message>
        <source>Only suppliers in this country</source>
        <translation>Solo proveedores de este país</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Estado: todos</translation>
    </message>
    <message>
        <source>Only suppliers with this status</source>
        <translation>Solo proveedores con este estado</translation>
    </message>
    <message>
        <source>Any certification</source>
        <translation>Certificación: todas</translation>
    </message>
    <message>
        <source>Only suppliers holding this certification</source>
        <translation>Solo proveedores con esta certificación</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Etiqueta: todas</translation>
    </message>
    <message>
        <source>Only suppliers with this tag</source>
        <translation>Solo proveedores con esta etiqueta</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Producto: todos</translation>
    </message>
    <message>
        <source>Only suppliers of this product</source>
        <translation>Solo proveedores de este producto</translation>
    </message>
    <message>
        <source>Compliance problem</source>
        <translation>Con problemas</translation>
    </message>
    <message>
        <source>Any compliance</source>
        <translation>Cumplimiento: todo</translation>
    </message>
    <message>
        <source>Only suppliers with a registration or certificate expired, suspended or due within the compliance window (Preferences)</source>
        <translation>Solo proveedores con un registro o certificado vencido, suspendido o por vencer dentro del plazo de cumplimiento (Preferencias)</translation>
    </message>
</context>
<context>
    <name>SupplierForm</name>
    <message>
        <source>local or +country code</source>
        <translation>local o +código de país</translation>
    </message>
</context>
<context>
    <name>SupplierListModel</name>
    <message>
        <source>Compliance problem: a registration or certificate expired, suspended or due within the window (see its Compliance tab)</source>
        <translation>Problema de cumplimiento: un registro o certificado vencido, suspendido o por vencer dentro del plazo (ver su pestaña Cumplimiento)</translation>
    </message>
</context>
<context>
    <name>SupplierPanel</name>
    <message>
        <source>Save the new supplier first: contacts, tags, certifications and notes belong to it.</source>
        <translation>Guarde primero el nuevo proveedor: los contactos, etiquetas, certificaciones y notas le pertenecen.</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
</context>
<context>
    <name>SupplierPanels</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Double-click a record to open it.</source>
        <translation>Haga doble clic en un registro para abrirlo.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negocios</translation>
    </message>
    <message>
        <source>Double-click a negotiation to open it.</source>
        <translation>Haga doble clic en una negociación para abrirla.</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Embarques</translation>
    </message>
    <message>
        <source>Double-click a shipment to open it.</source>
        <translation>Haga doble clic en un embarque para abrirlo.</translation>
    </message>
</context>
<context>
    <name>Suppliers</name>
    <message>
        <source>is already used by {name} (supplier {id}) in the same country</source>
        <translation>ya lo usa {name} (proveedor {id}) en el mismo país</translation>
    </message>
    <message>
        <source>{name} has negotiations and cannot be deleted; archive it instead</source>
        <translation>{name} tiene negociaciones y no se puede eliminar; archívelo en su lugar</translation>
    </message>
    <message>
        <source>product {id} does not exist</source>
        <translation>el producto {id} no existe</translation>
    </message>
</context>
<context>
    <name>SuppliersView</name>
    <message>
        <source>Clear the filters</source>
        <translation>Borrar los filtros</translation>
    </message>
    <message>
        <source>Search suppliers…</source>
        <translation>Buscar proveedores…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ supplier(s)</source>
        <translation>
            <numerusform>%Ln+ proveedor</numerusform>
            <numerusform>%Ln+ proveedores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln supplier(s)</source>
        <translation>
            <numerusform>%Ln proveedor</numerusform>
            <numerusform>%Ln proveedores</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} (filtered)</source>
        <translation>{text} (filtrado)</translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <source>organic, avocado, GACC pending…</source>
        <translation>orgánico, aguacate, GACC pendiente…</translation>
    </message>
    <message>
        <source>Save tags</source>
        <translation>Guardar etiquetas</translation>
    </message>
    <message>
        <source>Tags, separated by commas (a new name makes a new tag):</source>
        <translation>Etiquetas separadas por comas (un nombre nuevo crea una etiqueta):</translation>
    </message>
    <message>
        <source>Tags in use: {tags}</source>
        <translation>Etiquetas en uso: {tags}</translation>
    </message>
    <message>
        <source>Tags not saved</source>
        <translation>Etiquetas no guardadas</translation>
    </message>
</context>
<context>
    <name>Tariffs</name>
    <message>
        <source>no tariff can be looked up: {reason}</source>
        <translation>no se puede buscar un arancel: {reason}</translation>
    </message>
    <message>
        <source>no tariff for HS code {code} from {country} on {date}: add one with `{command}`</source>
        <translation>no hay arancel para el código SA {code} de {country} el {date}: agregue uno con `{command}`</translation>
    </message>
</context>
<context>
    <name>TariffsDialog</name>
    <message>
        <source>MFN</source>
        <translation>NMF</translation>
    </message>
    <message>
        <source>FTA</source>
        <translation>TLC</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Código SA</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Arancel</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Régimen</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>China import tariffs</source>
        <translation>Aranceles de importación de China</translation>
    </message>
    <message>
        <source>&lt;b&gt;These rows are your own.&lt;/b&gt; The demo's rows are examples. Duty and VAT rates change: check every row against the current Customs Tariff of the People's Republic of China (and the FTA's certificate-of-origin rules) before relying on a landed cost.</source>
        <translation>&lt;b&gt;Estas filas son suyas.&lt;/b&gt; Las filas de la demostración son ejemplos. Las tasas de arancel e IVA cambian: verifique cada fila con el Arancel de Aduanas vigente de la República Popular China (y las reglas de certificado de origen del TLC) antes de confiar en un costo puesto en destino.</translation>
    </message>
    <message>
        <source>HS code, e.g. 0804.40</source>
        <translation>Código SA, p. ej., 0804.40</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Which row applies today to</source>
        <translation>Qué fila se aplica hoy a</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>Add tariff…</source>
        <translation>Agregar arancel…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n tariff row(s)</source>
        <translation>
            <numerusform>%n fila de arancel</numerusform>
            <numerusform>%n filas de aranceles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n tariff rows</source>
        <translation>
            <numerusform>Las primeras %n filas de aranceles</numerusform>
            <numerusform>Las primeras %n filas de aranceles</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Applies today: {hs} from {origin}, duty {duty} ({scheme}), VAT {vat}, valid from {start}{until}</source>
        <translation>Se aplica hoy: {hs} de {origin}, arancel {duty} ({scheme}), IVA {vat}, válido desde {start}{until}</translation>
    </message>
    <message>
        <source> until {day}</source>
        <translation> hasta {day}</translation>
    </message>
    <message>
        <source>No tariff for HS code {code} from {origin} on {day}: add one with Add tariff…</source>
        <translation>No hay arancel para el código SA {code} de {origin} al {day}: agregue uno con Agregar arancel…</translation>
    </message>
    <message>
        <source>{hs} from {origin}, valid from {start}</source>
        <translation>{hs} de {origin}, válido desde {start}</translation>
    </message>
    <message>
        <source>Delete tariff row</source>
        <translation>Eliminar fila de arancel</translation>
    </message>
    <message>
        <source>Delete the row {what}?</source>
        <translation>¿Eliminar la fila {what}?</translation>
    </message>
    <message>
        <source>Deleted {what}</source>
        <translation>Se eliminó {what}</translation>
    </message>
</context>
<context>
    <name>UndoWords</name>
    <message numerus="yes">
        <source>Import {number} undone: %n record(s) put back.</source>
        <translation>
            <numerusform>Importación {number} deshecha: se restauró %n registro.</numerusform>
            <numerusform>Importación {number} deshecha: se restauraron %n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) kept, changed since the import:</source>
        <translation>
            <numerusform>Se conservó %n registro, modificado después de la importación:</numerusform>
            <numerusform>Se conservaron %n registros, modificados después de la importación:</numerusform>
        </translation>
    </message>
    <message>
        <source>{undone} {kept}</source>
        <comment>two sentences</comment>
        <translation>{undone} {kept}</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>the product</source>
        <translation>el producto</translation>
    </message>
    <message>
        <source>{product} has no kg per box: set it (products set {id} --kg-per-box N)</source>
        <translation>{product} no tiene kg por caja: indíquelos (products set {id} --kg-per-box N)</translation>
    </message>
    <message>
        <source>{product} has no kg per container: set it (products set {id} --kg-per-container N)</source>
        <translation>{product} no tiene kg por contenedor: indíquelos (products set {id} --kg-per-container N)</translation>
    </message>
    <message>
        <source>box</source>
        <translation>caja</translation>
    </message>
    <message>
        <source>carton</source>
        <translation>cartón</translation>
    </message>
    <message>
        <source>container</source>
        <translation>contenedor</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{value} is not a season like 2026-27</source>
        <translation>{value} no es una temporada como 2026-27</translation>
    </message>
    <message>
        <source>{value}: the second year must follow the first ({season})</source>
        <translation>{value}: el segundo año debe seguir al primero ({season})</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is {length} characters long, but at most {limit} fit</source>
        <translation>tiene {length} caracteres, pero caben como máximo {limit}</translation>
    </message>
    <message>
        <source>has {digits} digits before the decimal point, but at most {limit} fit</source>
        <translation>tiene {digits} dígitos antes del punto decimal, pero caben como máximo {limit}</translation>
    </message>
    <message>
        <source>{number} is too large: it must be at most {high}</source>
        <translation>{number} es demasiado grande: debe ser como máximo {high}</translation>
    </message>
    <message>
        <source>{number} is too small: it must be at least {low}</source>
        <translation>{number} es demasiado pequeño: debe ser como mínimo {low}</translation>
    </message>
    <message>
        <source>{value} is not a country we know (try its ISO code)</source>
        <translation>{value} no es un país conocido (pruebe con su código ISO)</translation>
    </message>
    <message>
        <source>{value} has no country code: start it with + or set the country first</source>
        <translation>{value} no tiene código de país: empiece con + o indique primero el país</translation>
    </message>
    <message>
        <source>{value} is not a phone number</source>
        <translation>{value} no es un número de teléfono</translation>
    </message>
    <message>
        <source>{value} is not a valid phone number for {country}</source>
        <translation>{value} no es un número de teléfono válido para {country}</translation>
    </message>
    <message>
        <source>{value} is not a valid phone number</source>
        <translation>{value} no es un número de teléfono válido</translation>
    </message>
    <message>
        <source>{value} is not an email address ({reason})</source>
        <translation>{value} no es una dirección de correo electrónico ({reason})</translation>
    </message>
    <message>
        <source>{value} is not an ISO 4217 currency code (USD, MXN, BRL, CNY...)</source>
        <translation>{value} no es un código de moneda ISO 4217 (USD, MXN, BRL, CNY...)</translation>
    </message>
    <message>
        <source>{value} has more than one decimal mark</source>
        <translation>{value} tiene más de un separador decimal</translation>
    </message>
    <message>
        <source>{value} has misplaced thousands separators</source>
        <translation>{value} tiene separadores de miles mal ubicados</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} no es un número</translation>
    </message>
    <message>
        <source>{value} is ambiguous: is {separator} a thousands separator or a decimal mark? Write {thousands} or {decimal}</source>
        <translation>{value} es ambiguo: ¿{separator} es separador de miles o decimal? Escriba {thousands} o {decimal}</translation>
    </message>
    <message>
        <source>{value} has no amount</source>
        <translation>{value} no tiene importe</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} no es un número entero</translation>
    </message>
    <message>
        <source>{value} must be more than zero</source>
        <translation>{value} debe ser mayor que cero</translation>
    </message>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} no es sí ni no</translation>
    </message>
    <message>
        <source>{value} is not a real date ({reason})</source>
        <translation>{value} no es una fecha real ({reason})</translation>
    </message>
    <message>
        <source>{value} is not a date (write yyyy-mm-dd or {order})</source>
        <translation>{value} no es una fecha (escriba aaaa-mm-dd o {order})</translation>
    </message>
    <message>
        <source>{value}: {word} is not a month</source>
        <translation>{value}: {word} no es un mes</translation>
    </message>
    <message>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} no es uno de: {allowed}</translation>
    </message>
    <message>
        <source>{value} is not an Incoterm 2020 ({terms})</source>
        <translation>{value} no es un Incoterm 2020 ({terms})</translation>
    </message>
    <message>
        <source>{value} is not a container number (4 letters and 7 digits)</source>
        <translation>{value} no es un número de contenedor (4 letras y 7 dígitos)</translation>
    </message>
    <message>
        <source>{value} has a wrong check digit (a typo?)</source>
        <translation>{value} tiene un dígito de control incorrecto (¿un error de tipeo?)</translation>
    </message>
    <message>
        <source>{value} is not a web address (only http:// and https://)</source>
        <translation>{value} no es una dirección web (solo http:// y https://)</translation>
    </message>
    <message>
        <source>{value} is not a web address</source>
        <translation>{value} no es una dirección web</translation>
    </message>
    <message>
        <source>{value} is not a language we know (es, pt, en, zh...)</source>
        <translation>{value} no es un idioma conocido (es, pt, en, zh...)</translation>
    </message>
    <message>
        <source>'{name}' is a placeholder, not a name: write the supplier's name</source>
        <translation>'{name}' es un marcador, no un nombre: escriba el nombre del proveedor</translation>
    </message>
    <message>
        <source>{value} is not a month or a range of months</source>
        <translation>{value} no es un mes ni un rango de meses</translation>
    </message>
    <message>
        <source>no month given</source>
        <translation>no se indicó ningún mes</translation>
    </message>
    <message>
        <source>{value} is not a month (1-12 or Jan..Dec)</source>
        <translation>{value} no es un mes (1-12 o ene..dic)</translation>
    </message>
    <message>
        <source>is not a field of {entity}</source>
        <translation>no es un campo de {entity}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>is in {written} but the currency is {expected}</source>
        <translation>está en {written}, pero la moneda es {expected}</translation>
    </message>
    <message>
        <source>is before {label} ({date})</source>
        <translation>es anterior a {label} ({date})</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>la fecha de emisión</translation>
    </message>
    <message>
        <source>is after valid until ({date})</source>
        <translation>es posterior a la fecha de vencimiento ({date})</translation>
    </message>
    <message>
        <source>no product {value}</source>
        <translation>no existe el producto {value}</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>debe ser uno de: {choices}</translation>
    </message>
    <message>
        <source>{value} is not a percent from 0 to 100</source>
        <translation>{value} no es un porcentaje de 0 a 100</translation>
    </message>
    <message>
        <source>the delivery start</source>
        <translation>el inicio de la entrega</translation>
    </message>
    <message>
        <source>the offer date</source>
        <translation>la fecha de la oferta</translation>
    </message>
    <message>
        <source>is too long once written for matching ({length} characters; at most {limit} fit): shorten it</source>
        <translation>es demasiado largo una vez escrito para la comparación ({length} caracteres; caben como máximo {limit}): acórtelo</translation>
    </message>
    <message>
        <source>is too long once written for search ({length} characters; at most {limit} fit): shorten it</source>
        <translation>es demasiado largo una vez escrito para la búsqueda ({length} caracteres; caben como máximo {limit}): acórtelo</translation>
    </message>
    <message>
        <source>{value} is not an HS code (4 to 10 digits)</source>
        <translation>{value} no es un código SA (de 4 a 10 dígitos)</translation>
    </message>
    <message>
        <source>must be between -60 and 40 °C</source>
        <translation>debe estar entre -60 y 40 °C</translation>
    </message>
    <message>
        <source>is below the lowest temperature ({low} °C)</source>
        <translation>es inferior a la temperatura mínima ({low} °C)</translation>
    </message>
    <message>
        <source>{value} is not a month (1 to 12)</source>
        <translation>{value} no es un mes (1 a 12)</translation>
    </message>
    <message>
        <source>{value} is not a season level (shipping or peak)</source>
        <translation>{value} no es un nivel de temporada (shipping o peak)</translation>
    </message>
    <message>
        <source>must be between -60 and 30 °C</source>
        <translation>debe estar entre -60 y 30 °C</translation>
    </message>
    <message>
        <source>the ETD</source>
        <translation>la ETD</translation>
    </message>
    <message>
        <source>{value} is not an HS code: digits only, e.g. 0804.40 or 08044000</source>
        <translation>{value} no es un código SA: solo dígitos, p. ej. 0804.40 o 08044000</translation>
    </message>
    <message>
        <source>{value} has {digits} digits: an HS code has {low} to {high}</source>
        <translation>{value} tiene {digits} dígitos: un código SA tiene de {low} a {high}</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Compare offers</source>
        <translation>Comparar ofertas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Negotiations</source>
        <translation>Negociaciones</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Embarques</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Prospect</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Grower</source>
        <translation>Productor</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Empacador</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Exportador</translation>
    </message>
    <message>
        <source>Fishery</source>
        <translation>Pesquera</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Procesador</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>Comercializador</translation>
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
        <translation>Orgánico (USDA)</translation>
    </message>
    <message>
        <source>Organic (EU)</source>
        <translation>Orgánico (UE)</translation>
    </message>
    <message>
        <source>Organic (China)</source>
        <translation>Orgánico (China)</translation>
    </message>
    <message>
        <source>GACC registration</source>
        <translation>Registro GACC</translation>
    </message>
    <message>
        <source>SAG CSG orchard</source>
        <translation>Huerto SAG CSG</translation>
    </message>
    <message>
        <source>SAG CSP packhouse</source>
        <translation>Empacadora SAG CSP</translation>
    </message>
    <message>
        <source>SENASICA packhouse</source>
        <translation>Empacadora SENASICA</translation>
    </message>
    <message>
        <source>SENASA plant</source>
        <translation>Planta SENASA</translation>
    </message>
    <message>
        <source>IFS</source>
        <translation>IFS</translation>
    </message>
    <message>
        <source>Rainforest Alliance</source>
        <translation>Rainforest Alliance</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Orchard</source>
        <translation>Huerto</translation>
    </message>
    <message>
        <source>Packhouse</source>
        <translation>Empacadora</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>Planta</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>Buque</translation>
    </message>
    <message>
        <source>Cold store</source>
        <translation>Cámara frigorífica</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Embarque</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pico</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Shipment document</source>
        <translation>Documento de embarque</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>En negociación</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Contratado</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>Marítimo</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Aéreo</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>At customs</source>
        <translation>En aduana</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Phytosanitary</source>
        <translation>Fitosanitario</translation>
    </message>
    <message>
        <source>Certificate of origin</source>
        <translation>Certificado de origen</translation>
    </message>
    <message>
        <source>Health certificate</source>
        <translation>Certificado sanitario</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>Lista de empaque</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura comercial</translation>
    </message>
    <message>
        <source>Bill of lading</source>
        <translation>B/L</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltante</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>No requerido</translation>
    </message>
    <message>
        <source>MFN</source>
        <translation>NMF</translation>
    </message>
    <message>
        <source>FTA</source>
        <translation>TLC</translation>
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
        <translation>BCE</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Embarque</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Recolección</translation>
    </message>
    <message>
        <source>Export clearance</source>
        <translation>Despacho de exportación</translation>
    </message>
    <message>
        <source>Inland transport</source>
        <translation>Transporte interno</translation>
    </message>
    <message>
        <source>Terminal handling</source>
        <translation>Manejo en terminal</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Unloading</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Import clearance</source>
        <translation>Despacho de importación</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspección</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Modificar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Supplier Desk</source>
        <translation>Bienvenido a Supplier Desk</translation>
    </message>
    <message>
        <source>The database is empty. Load the demo data to look around: forty Latin American growers, packers and fisheries with their people, deals, shipments and follow-ups. Or bring in your own supplier list.</source>
        <translation>La base de datos está vacía. Cargue los datos de demostración para explorar: cuarenta productores, empacadoras y pesqueras de América Latina con su gente, negocios, embarques y seguimientos. O importe su propia lista de proveedores.</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Base de datos: {name}</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Cargar datos de demostración</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importar una hoja de cálculo</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Cargando los datos de demostración…</translation>
    </message>
</context>
</TS>
