<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AgendaModel</name>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Lead · contact</source>
        <translation>Liidi · yhteyshenkilö</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Myyjä</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Toistuu</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
</context>
<context>
    <name>Followups</name>
    <message>
        <source>All day</source>
        <translation>Koko päivä</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>Merkitse seuranta tehdyksi</translation>
    </message>
    <message>
        <source>Snooze follow-up</source>
        <translation>Siirrä seurantaa</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>Seurantaa ei enää ole.</translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation>Poista seuranta</translation>
    </message>
    <message>
        <source>Done. Next time: {when}</source>
        <translation>Tehty. Seuraavan kerran: {when}</translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation>Seuranta tehty.</translation>
    </message>
    <message>
        <source>Snoozed until {when}</source>
        <translation>Siirretty: {when}</translation>
    </message>
</context>
<context>
    <name>FollowupsView</name>
    <message>
        <source>All kinds</source>
        <translation>Kaikki tyypit</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Milloin tahansa</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>By today</source>
        <translation>Tähän päivään mennessä</translation>
    </message>
    <message>
        <source>By end of week</source>
        <translation>Viikon loppuun mennessä</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Lisää seuranta…</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Vie .ics…</translation>
    </message>
    <message>
        <source>Export the follow-ups shown to a calendar file for your phone</source>
        <translation>Vie näkyvät seurannat kalenteritiedostoon puhelinta varten</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Myyjä</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Säännöt…</translation>
    </message>
    <message>
        <source>Automatic next steps: referral asks and first contacts</source>
        <translation>Automaattiset jatkotoimet: suosittelupyynnöt ja ensikontaktit</translation>
    </message>
    <message>
        <source>Nothing planned. Add a follow-up here or from a lead, and it shows up in this agenda.</source>
        <translation>Ei suunniteltuja seurantoja. Lisää seuranta tästä tai liidiltä, niin se näkyy täällä.</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Tehty…</translation>
    </message>
    <message>
        <source>Mark done (Space)</source>
        <translation>Merkitse tehdyksi (välilyönti)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Torkuta</translation>
    </message>
    <message>
        <source>Snooze (S)</source>
        <translation>Siirrä (S)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Edit or reschedule (E)</source>
        <translation>Muokkaa tai ajoita uudelleen (E)</translation>
    </message>
    <message>
        <source>Open lead</source>
        <translation>Avaa liidi</translation>
    </message>
    <message>
        <source>Open the lead (Enter)</source>
        <translation>Avaa liidi (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete (Del); Ctrl+Z brings it back</source>
        <translation>Poista (Del); Ctrl+Z palauttaa</translation>
    </message>
    <message>
        <source>Space: done · S: snooze · Enter: open lead · E: edit · Del: delete</source>
        <translation>Välilyönti: tehty · S: siirrä · Enter: avaa liidi · E: muokkaa · Del: poista</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Kaikki myyjät</translation>
    </message>
    <message>
        <source>No follow-ups match “{text}”.</source>
        <translation>Haulla ”{text}” ei löytynyt seurantoja.</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} myöhässä</translation>
    </message>
    <message>
        <source>{n} due today</source>
        <translation>{n} tänään</translation>
    </message>
    <message>
        <source>{n} open in all</source>
        <translation>{n} avointa yhteensä</translation>
    </message>
    <message>
        <source>Delete {n} follow-ups</source>
        <translation>Poista {n} seurantaa</translation>
    </message>
    <message>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>Poistettu. Kumoa: Ctrl+Z.</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Merkitse tehdyksi…</translation>
    </message>
    <message>
        <source>Edit or reschedule…</source>
        <translation>Muokkaa tai ajoita uudelleen…</translation>
    </message>
    <message>
        <source>Export follow-ups to a calendar</source>
        <translation>Vie seurannat kalenteriin</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenteritiedostot (*.ics)</translation>
    </message>
    <message>
        <source>Export .ics</source>
        <translation>Vie .ics</translation>
    </message>
    <message>
        <source>Exported {n} follow-ups to {path}. Importing it again updates the same events.</source>
        <translation>Vietiin {n} seurantaa tiedostoon {path}. Uusi tuonti päivittää samat tapahtumat.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Mark done</source>
        <translation>Merkitse tehdyksi</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Tehty: {title}</translation>
    </message>
    <message>
        <source>Outcome: what was agreed, what happens next (optional)</source>
        <translation>Tulos: mitä sovittiin, mitä seuraavaksi (valinnainen)</translation>
    </message>
    <message>
        <source>The note goes to the lead&apos;s timeline. Ctrl+Enter marks it done.</source>
        <translation>Muistiinpano tallentuu liidin aikajanalle. Ctrl+Enter merkitsee tehdyksi.</translation>
    </message>
</context>
<context>
    <name>PickTimeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Siirrä ajankohtaan</translation>
    </message>
</context>
</TS>
