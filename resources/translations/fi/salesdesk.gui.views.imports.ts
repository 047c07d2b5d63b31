<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>BatchModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Taulukko</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Yhdistetty</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ohitettu</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Hylätyt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message>
        <source>Rows that matched an existing contact or an earlier row of the file</source>
        <translation>Rivit, jotka vastasivat olemassa olevaa kontaktia tai tiedoston aiempaa riviä</translation>
    </message>
</context>
<context>
    <name>ImportsView</name>
    <message>
        <source>Import sheet…</source>
        <translation>Tuo taulukko…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Peru tuonti</translation>
    </message>
    <message>
        <source>No imports yet. Import a purchased list or a trade-show sheet to start.</source>
        <translation>Ei vielä tuonteja. Aloita tuomalla ostettu lista tai messujen liiditaulukko.</translation>
    </message>
    <message>
        <source>Remove what import {id} created and restore what it changed?</source>
        <translation>Poistetaanko tuonnin {id} luomat tiedot ja palautetaanko sen muuttamat?</translation>
    </message>
    <message>
        <source>These records were edited after the import:
{names}

Undo anyway and lose those edits?</source>
        <translation>Näitä tietoja on muokattu tuonnin jälkeen:
{names}

Perutaanko silti, jolloin muokkaukset menetetään?</translation>
    </message>
    <message>
        <source>Import {id} undone: {leads} leads and {contacts} contacts removed, {restored} restored.</source>
        <translation>Tuonti {id} peruttu: poistettiin {leads} liidiä ja {contacts} yhteystietoa, palautettiin {restored}.</translation>
    </message>
</context>
</TS>
