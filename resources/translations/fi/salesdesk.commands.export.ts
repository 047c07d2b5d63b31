<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Cli</name>
    <message>
        <source>the file to write (.xlsx or .csv)</source>
        <translation>kirjoitettava tiedosto (.xlsx tai .csv)</translation>
    </message>
    <message>
        <source>only leads in this stage</source>
        <translation>vain tämän vaiheen liidit</translation>
    </message>
    <message>
        <source>only this sales rep&apos;s leads (name, initials or me)</source>
        <translation>vain tämän myyjän liidit (nimi, nimikirjaimet tai me)</translation>
    </message>
    <message>
        <source>only leads from this source (e.g. referral)</source>
        <translation>vain tästä lähteestä tulleet liidit (esim. referral)</translation>
    </message>
    <message>
        <source>only hot, warm or cold leads</source>
        <translation>vain kuumat (hot), lämpimät (warm) tai kylmät (cold) liidit</translation>
    </message>
    <message>
        <source>only leads with this tag</source>
        <translation>vain liidit, joilla on tämä tunniste</translation>
    </message>
    <message>
        <source>only leads matching this text</source>
        <translation>vain tekstiä vastaavat liidit</translation>
    </message>
    <message>
        <source>leave out won and lost leads</source>
        <translation>jätä voitetut ja hävityt liidit pois</translation>
    </message>
    <message>
        <source>comma-separated lists to write: leads, contacts, followups (default: leads; per owner: leads,followups)</source>
        <translation>kirjoitettavat listat pilkuin eroteltuina: leads, contacts, followups (oletus: leads; myyjittäin: leads,followups)</translation>
    </message>
    <message>
        <source>write one file per sales rep into this folder (their leads and follow-ups)</source>
        <translation>kirjoita tähän kansioon oma tiedosto kullekin myyjälle (hänen liidinsä ja seurantansa)</translation>
    </message>
    <message>
        <source>csv with semicolons and decimal commas (Finnish Excel)</source>
        <translation>csv puolipisteillä ja desimaalipilkuilla (suomenkielinen Excel)</translation>
    </message>
    <message>
        <source>csv without the UTF-8 BOM</source>
        <translation>csv ilman UTF-8-tunnistetta (BOM)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>tulosta JSON</translation>
    </message>
    <message>
        <source>Unknown list {name}: use leads, contacts or followups.</source>
        <translation>Tuntematon lista {name}: käytä leads, contacts tai followups.</translation>
    </message>
    <message>
        <source>Give a file to write, or --per-owner DIR.</source>
        <translation>Anna kirjoitettava tiedosto tai --per-owner KANSIO.</translation>
    </message>
    <message>
        <source>Give either a file or --per-owner DIR, not both.</source>
        <translation>Anna joko tiedosto tai --per-owner KANSIO, ei molempia.</translation>
    </message>
    <message>
        <source>The temperature is hot, warm or cold.</source>
        <translation>Lämpötila on hot, warm tai cold.</translation>
    </message>
    <message>
        <source>No sales rep has leads to hand out; nothing written.</source>
        <translation>Kenelläkään myyjällä ei ole liidejä jaettavaksi; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{n} leads</source>
        <translation>{n} liidiä</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} yhteystietoa</translation>
    </message>
    <message>
        <source>{n} follow-ups</source>
        <translation>{n} seurantaa</translation>
    </message>
    <message>
        <source>Wrote {path}: {what}</source>
        <translation>Kirjoitettiin {path}: {what}</translation>
    </message>
    <message>
        <source>export leads, contacts and follow-ups to Excel (.xlsx) or .csv</source>
        <translation>vie liidit, yhteystiedot ja seurannat Exceliin (.xlsx) tai .csv-tiedostoon</translation>
    </message>
</context>
</TS>
