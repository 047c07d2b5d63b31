<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Edit follow-up</source>
        <translation>Muokkaa seurantaa</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Lisää seuranta</translation>
    </message>
    <message>
        <source>Type a lead, company or person</source>
        <translation>Kirjoita liidi, yritys tai henkilö</translation>
    </message>
    <message>
        <source>e.g. Call about the offer</source>
        <translation>esim. Soita tarjouksesta</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Koko päivä</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>No duration</source>
        <translation>Ei kestoa</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ei toistu</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Päivittäin</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Viikoittain</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Kuukausittain</translation>
    </message>
    <message>
        <source>Every working day</source>
        <translation>Joka arkipäivä</translation>
    </message>
    <message>
        <source>What to prepare, what to ask…</source>
        <translation>Mitä valmistella, mitä kysyä…</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Liidi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Toisto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Myyjä</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ei kukaan</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>Seurantaa ei enää ole.</translation>
    </message>
    <message>
        <source>That lead no longer exists.</source>
        <translation>Liidiä ei enää ole.</translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <translation>Yhteyshenkilö: {name}</translation>
    </message>
    <message>
        <source>every {n} days</source>
        <translation>{n} päivän välein</translation>
    </message>
    <message>
        <source>every {n} weeks</source>
        <translation>{n} viikon välein</translation>
    </message>
    <message>
        <source>every {n} months</source>
        <translation>{n} kuukauden välein</translation>
    </message>
    <message>
        <source>Choose the lead this follow-up is for: type a name and pick it.</source>
        <translation>Valitse liidi, jota seuranta koskee: kirjoita nimi ja valitse se listasta.</translation>
    </message>
    <message>
        <source>No single lead matches “{text}”: pick one from the list.</source>
        <translation>Hakusanalla ”{text}” ei löydy yksiselitteisesti yhtä liidiä: valitse liidi listasta.</translation>
    </message>
    <message>
        <source>Follow-up saved.</source>
        <translation>Seuranta tallennettu.</translation>
    </message>
</context>
</TS>
