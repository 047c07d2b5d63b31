<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Cli</name>
    <message>
        <source>the import batch&apos;s number</source>
        <translation>tuonnin numero</translation>
    </message>
    <message>
        <source>undo even if records were edited since the import</source>
        <translation>peru, vaikka tietoja on muokattu tuonnin jälkeen</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>tulosta JSON</translation>
    </message>
    <message>
        <source>Import batch {id} undone: {leads} leads and {contacts} contacts removed, {restored} contacts restored.</source>
        <translation>Tuonti {id} peruttu: poistettiin {leads} liidiä ja {contacts} yhteystietoa, palautettiin {restored} yhteystietoa.</translation>
    </message>
    <message>
        <source>undo an import batch</source>
        <translation>peru tuonti</translation>
    </message>
</context>
</TS>
