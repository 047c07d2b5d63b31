<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>CaptureWindow</name>
    <message>
        <source>Quick capture</source>
        <translation>Pikakirjaus</translation>
    </message>
    <message>
        <source>Event, e.g. Alihankinta 2026</source>
        <translation>Tapahtuma, esim. Alihankinta 2026</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ei kukaan)</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Tapahtuma:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;mistaja:</translation>
    </message>
    <message>
        <source>040 123 4567 or name@company.fi</source>
        <translation>040 123 4567 tai nimi@yritys.fi</translation>
    </message>
    <message>
        <source>&amp;Hot</source>
        <translation>K&amp;uuma</translation>
    </message>
    <message>
        <source>W&amp;arm</source>
        <translation>&amp;Lämmin</translation>
    </message>
    <message>
        <source>C&amp;old</source>
        <translation>K&amp;ylmä</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Yritys:</translation>
    </message>
    <message>
        <source>&amp;Phone or e-mail:</source>
        <translation>&amp;Puhelin tai sähköposti:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Lämpötila:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>Muist&amp;iinpano:</translation>
    </message>
    <message>
        <source>&amp;Plan follow-ups for this event…</source>
        <translation>&amp;Suunnittele tapahtuman seurannat…</translation>
    </message>
    <message>
        <source>&amp;Save and next</source>
        <translation>&amp;Tallenna ja seuraava</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Tallennettu: {name}.</translation>
    </message>
    <message>
        <source>(Already a contact: the new lead was added to it.)</source>
        <translation>(Oli jo kontakti: uusi liidi lisättiin sille.)</translation>
    </message>
    <message>
        <source>{name} is not saved yet. Save before closing?</source>
        <translation>{name} on vielä tallentamatta. Tallennetaanko ennen sulkemista?</translation>
    </message>
    <message>
        <source>The visitor you typed is not saved yet. Save before closing?</source>
        <translation>Kirjoittamasi kävijä on vielä tallentamatta. Tallennetaanko ennen sulkemista?</translation>
    </message>
    <message>
        <source>Quick capture – {count} saved</source>
        <translation>Pikakirjaus – {count} tallennettu</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan follow-ups for an event</source>
        <translation>Suunnittele tapahtuman seurannat</translation>
    </message>
    <message>
        <source>{event} ({count} leads)</source>
        <translation>{event} ({count} liidiä)</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Tapahtuma:</translation>
    </message>
    <message>
        <source>Hot: call the next working day · Warm: e-mail within 3 days · Cold: nurture in 2 weeks. Edit kind, date and title, or untick a row.</source>
        <translation>Kuuma: soitto seuraavana arkipäivänä · Lämmin: sähköposti 3 päivän sisällä · Kylmä: hoivaus 2 viikon päästä. Muokkaa lajia, päivää ja otsikkoa tai poista rivin valinta.</translation>
    </message>
    <message>
        <source>&amp;Create follow-ups</source>
        <translation>&amp;Luo seurannat</translation>
    </message>
    <message>
        <source>{n} follow-ups will be created.</source>
        <translation>Luodaan {n} seurantaa.</translation>
    </message>
    <message>
        <source>Every lead of this event already has a planned follow-up.</source>
        <translation>Tapahtuman jokaisella liidillä on jo suunniteltu seuranta.</translation>
    </message>
    <message>
        <source>{n} follow-ups planned.</source>
        <translation>{n} seurantaa suunniteltu.</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <source>Contact</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Lämpötila</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
</context>
</TS>
