<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ContactForm</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Titteli</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Second e-mail</source>
        <translation>Toinen sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Matkapuhelin</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Verkkosivut</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Käsittelyperuste</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ei kukaan)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(ei kirjattu)</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Pilkuilla erotettuna</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Liidi</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Suositeltu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <source>Contact {id} no longer exists.</source>
        <translation>Kontaktia {id} ei enää ole.</translation>
    </message>
    <message>
        <source>Notice overdue (due within a month)</source>
        <translation>Ilmoitus myöhässä (kuukauden määräaika)</translation>
    </message>
    <message>
        <source>Leads ({n})</source>
        <translation>Liidit ({n})</translation>
    </message>
    <message>
        <source>Referrals made ({n})</source>
        <translation>Tehdyt suosittelut ({n})</translation>
    </message>
    <message>
        <source>&lt;b&gt;New contact&lt;/b&gt;</source>
        <translation>&lt;b&gt;Uusi kontakti&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Poista henkilön tiedot…</translation>
    </message>
    <message>
        <source>Erase this contact…</source>
        <translation>Poista kontaktin tiedot…</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Uusi kontakti</translation>
    </message>
    <message>
        <source>Contact: {name}[*]</source>
        <translation>Kontakti: {name}[*]</translation>
    </message>
    <message>
        <source>Save this contact first, or open the existing one.</source>
        <translation>Tallenna kontakti ensin tai avaa olemassa oleva.</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>Yhdistä {name}</translation>
    </message>
    <message>
        <source>Contacts merged. Undo with Ctrl+Z.</source>
        <translation>Kontaktit yhdistetty. Peru painamalla Ctrl+Z.</translation>
    </message>
    <message>
        <source>Some fields do not look right:</source>
        <translation>Jotkin kentät eivät näytä oikeilta:</translation>
    </message>
    <message>
        <source>Keep as typed and save</source>
        <translation>Pidä kirjoitetut ja tallenna</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Kontakti tallennettu.</translation>
    </message>
    <message>
        <source>Save the changes to this contact?</source>
        <translation>Tallennetaanko kontaktin muutokset?</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Vie kaikki henkilön tiedot</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Excel-työkirja (*.xlsx);;JSON (*.json)</translation>
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
        <source>Erase this person</source>
        <translation>Poista henkilön tiedot</translation>
    </message>
    <message>
        <source>Erase the personal data of {name} and their notes? Their leads stay in the figures without a name. A later import of their e-mail or phone is flagged. This cannot be undone.</source>
        <translation>Poistetaanko henkilön {name} henkilötiedot ja muistiinpanot? Liidit jäävät lukuihin ilman nimeä. Jos sähköposti tai puhelin tuodaan myöhemmin uudelleen, se merkitään. Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>Backups made earlier that still hold this person&apos;s data: {n}. Unless they are re-made, restoring one of them brings the person back.</source>
        <translation>Aiemmin tehtyjä varmuuskopioita, joissa tämän henkilön tiedot ovat yhä: {n}. Jos niitä ei tehdä uudelleen, varmuuskopion palauttaminen tuo henkilön tiedot takaisin.</translation>
    </message>
    <message>
        <source>Also erase the person from these backups (a backup that cannot be re-made is deleted)</source>
        <translation>Poista henkilö myös näistä varmuuskopioista (varmuuskopio, jota ei voida tehdä uudelleen, poistetaan)</translation>
    </message>
    <message>
        <source>The person&apos;s data was erased.</source>
        <translation>Henkilön tiedot poistettiin.</translation>
    </message>
    <message>
        <source>Give a contact number: contact:ID</source>
        <translation>Anna kontaktin numero: contact:ID</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation>Yhdistä kontaktit</translation>
    </message>
    <message>
        <source>One of the contacts no longer exists.</source>
        <translation>Toista kontakteista ei enää ole.</translation>
    </message>
    <message>
        <source>“{loser}” is merged into “{survivor}”: its {leads} leads, {followups} follow-ups, {notes} notes and {referrals} referrals move over. You can undo the merge.</source>
        <translation>”{loser}” yhdistetään kontaktiin ”{survivor}”: sen {leads} liidiä, {followups} seurantaa, {notes} muistiinpanoa ja {referrals} suosittelua siirtyvät. Yhdistämisen voi perua.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kenttä&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep this contact&apos;s&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pidä tämän kontaktin&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Take the other&apos;s&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ota toisen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Yhdistä</translation>
    </message>
</context>
</TS>
