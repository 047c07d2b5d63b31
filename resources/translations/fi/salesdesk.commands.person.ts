<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Cli</name>
    <message>
        <source>ACTION</source>
        <translation>TOIMINTO</translation>
    </message>
    <message>
        <source>export everything about a contact</source>
        <translation>vie kaikki kontaktin tiedot</translation>
    </message>
    <message>
        <source>a .json or .xlsx file</source>
        <translation>.json- tai .xlsx-tiedosto</translation>
    </message>
    <message>
        <source>erase a contact&apos;s personal data</source>
        <translation>poista kontaktin henkilötiedot</translation>
    </message>
    <message>
        <source>really erase</source>
        <translation>poista varmasti</translation>
    </message>
    <message>
        <source>also re-make the backups that hold the person without them</source>
        <translation>tee myös henkilön sisältävät varmuuskopiot uudelleen ilman häntä</translation>
    </message>
    <message>
        <source>list overdue article 14 notices</source>
        <translation>luettele myöhässä olevat 14 artiklan ilmoitukset</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>tulosta JSON</translation>
    </message>
    <message>
        <source>record that the notice was sent today</source>
        <translation>merkitse ilmoitus lähetetyksi tänään</translation>
    </message>
    <message>
        <source>Give a file ending in .json or .xlsx.</source>
        <translation>Anna tiedosto, jonka pääte on .json tai .xlsx.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>Tiedostoon {file} ei voi kirjoittaa: {error}</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Kirjoitettu {file}</translation>
    </message>
    <message>
        <source>Erasing cannot be undone: add --yes to confirm.</source>
        <translation>Poistoa ei voi perua: vahvista lisäämällä --yes.</translation>
    </message>
    <message>
        <source>Erased contact {id}: {notes} notes removed, {leads} leads kept anonymously.</source>
        <translation>Kontakti {id} poistettu: {notes} muistiinpanoa poistettu, {leads} liidiä säilytetty nimettöminä.</translation>
    </message>
    <message>
        <source>Marked {count} contacts as informed.</source>
        <translation>{count} kontaktia merkitty informoiduiksi.</translation>
    </message>
    <message>
        <source>{count} article 14 notices overdue</source>
        <translation>{count} artiklan 14 ilmoitusta myöhässä</translation>
    </message>
    <message>
        <source>export or erase a person&apos;s data; article 14 notices</source>
        <translation>vie tai poista henkilön tiedot; 14 artiklan ilmoitukset</translation>
    </message>
</context>
</TS>
