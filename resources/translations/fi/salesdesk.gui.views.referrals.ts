<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ReferralsView</name>
    <message>
        <source>Referrer</source>
        <translation>Suosittelija</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Suosittelut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoimet</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Voitetut</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Hävityt</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Voitettu arvo</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversio</translation>
    </message>
    <message>
        <source>Last referral</source>
        <translation>Viimeisin suosittelu</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Kiitos</translation>
    </message>
    <message>
        <source>{none} not thanked, {thanked} thanked, {rewarded} rewarded</source>
        <translation>{none} kiittämättä, {thanked} kiitetty, {rewarded} palkittu</translation>
    </message>
    <message>
        <source>Won referrals out of all referrals made</source>
        <translation>Voitetut suosittelut kaikista tehdyistä suositteluista</translation>
    </message>
    <message>
        <source>Not thanked</source>
        <translation>Kiittämättä</translation>
    </message>
    <message>
        <source>{count} not thanked</source>
        <translation>{count} kiittämättä</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Suositeltu</translation>
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
        <source>Reward</source>
        <translation>Palkkio</translation>
    </message>
    <message>
        <source>(lead removed)</source>
        <translation>(liidi poistettu)</translation>
    </message>
    <message>
        <source>Rewarded {date}</source>
        <translation>Palkittu {date}</translation>
    </message>
    <message>
        <source>Thanked {date}</source>
        <translation>Kiitetty {date}</translation>
    </message>
    <message>
        <source>Not thanked (follow-up planned)</source>
        <translation>Kiittämättä (seuranta suunniteltu)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Latest win</source>
        <translation>Viimeisin kauppa</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Voitetut kaupat</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Suositteluja</translation>
    </message>
    <message>
        <source>Last asked</source>
        <translation>Viimeksi kysytty</translation>
    </message>
    <message>
        <source>Ask planned</source>
        <translation>Pyyntö suunniteltu</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ei koskaan</translation>
    </message>
    <message>
        <source>Won value of their own deals</source>
        <translation>Omien voitettujen kauppojen arvo</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Koko ajalta</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tämä kuukausi</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Viimeiset 90 päivää</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tämä vuosi</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Viime vuosi</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Aikaväli…</translation>
    </message>
    <message>
        <source>Who refers the most and the best, and who still needs a thank-you.</source>
        <translation>Kuka suosittelee eniten ja parhaiten – ja kuka odottaa vielä kiitosta.</translation>
    </message>
    <message>
        <source>Count the referrals made in this period</source>
        <translation>Laske tällä jaksolla tehdyt suosittelut</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Jakso:</translation>
    </message>
    <message>
        <source>Add a referral…</source>
        <translation>Lisää suosittelu…</translation>
    </message>
    <message>
        <source>A referred person and their lead in one step</source>
        <translation>Suositeltu henkilö ja hänen liidinsä yhdellä kertaa</translation>
    </message>
    <message>
        <source>Referral for a lead…</source>
        <translation>Suosittelu liidille…</translation>
    </message>
    <message>
        <source>Record who referred a lead that is already in SalesDesk</source>
        <translation>Kirjaa, kuka suositteli SalesDeskissä jo olevaa liidiä</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>suosittelua</translation>
    </message>
    <message>
        <source>won</source>
        <translation>voitettua</translation>
    </message>
    <message>
        <source>conversion</source>
        <translation>konversio</translation>
    </message>
    <message>
        <source>won value</source>
        <translation>voitettu arvo</translation>
    </message>
    <message>
        <source>waiting for a thank-you</source>
        <translation>odottaa kiitosta</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Suosittelijat</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Ketjut</translation>
    </message>
    <message>
        <source>Ask for referrals</source>
        <translation>Pyydä suositteluja</translation>
    </message>
    <message>
        <source>Plan thank-you follow-ups</source>
        <translation>Suunnittele kiitosseurannat</translation>
    </message>
    <message>
        <source>Only those waiting for a thank-you</source>
        <translation>Vain kiitosta odottavat</translation>
    </message>
    <message>
        <source>Thank or reward…</source>
        <translation>Kiitä tai palkitse…</translation>
    </message>
    <message>
        <source>Plan thank-you follow-up</source>
        <translation>Suunnittele kiitosseuranta</translation>
    </message>
    <message>
        <source>Open lead</source>
        <translation>Avaa liidi</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Forget this referral (the lead and the contacts stay)</source>
        <translation>Unohda tämä suosittelu (liidi ja yhteystiedot säilyvät)</translation>
    </message>
    <message>
        <source>Show all referrers</source>
        <translation>Näytä kaikki suosittelijat</translation>
    </message>
    <message>
        <source>Plan a &quot;thank the referrer&quot; follow-up automatically when a referred lead is won</source>
        <translation>Suunnittele &quot;kiitä suosittelijaa&quot; -seuranta automaattisesti, kun suositeltu liidi voitetaan</translation>
    </message>
    <message>
        <source>Who referred whom, and what became of it. A referred customer who refers others starts a new branch. Double-click to open the lead or the contact.</source>
        <translation>Kuka suositteli ketä ja mitä siitä seurasi. Suositeltu asiakas, joka suosittelee muita, aloittaa uuden haaran. Avaa liidi tai yhteystieto kaksoisnapsauttamalla.</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Avaa {name}</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteystieto</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Suosittelupäivä</translation>
    </message>
    <message>
        <source>Customers who have won a deal and have not been asked for a referral since. Ask them while they are happy.</source>
        <translation>Asiakkaat, joiden kanssa on voitettu kauppa ja joilta ei ole sen jälkeen pyydetty suosittelua. Kysy, kun asiakas on tyytyväinen.</translation>
    </message>
    <message>
        <source>Mark as asked</source>
        <translation>Merkitse kysytyksi</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Avaa yhteystieto</translation>
    </message>
    <message>
        <source>They referred someone…</source>
        <translation>Asiakas suositteli jotakuta…</translation>
    </message>
    <message>
        <source>Add the referral they gave (and mark them asked)</source>
        <translation>Lisää asiakkaan antama suosittelu (ja merkitse kysytyksi)</translation>
    </message>
    <message>
        <source>Ask for referrals ({count})</source>
        <translation>Pyydä suositteluja ({count})</translation>
    </message>
    <message>
        <source>Won referrals without a thank-you yet: {count}. Thank the referrers while it is fresh.</source>
        <translation>Voitettuja suositteluja ilman kiitosta: {count}. Kiitä suosittelijoita, kun asia on tuore.</translation>
    </message>
    <message>
        <source>Referrals made by {name}</source>
        <translation>Suosittelijan {name} suosittelut</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>Kaikki suosittelut</translation>
    </message>
    <message>
        <source>Thank-you follow-ups will be planned automatically for referred leads won from now on.</source>
        <translation>Tästä lähtien voitetuille suositelluille liideille suunnitellaan kiitosseuranta automaattisesti.</translation>
    </message>
    <message>
        <source>Thank-you follow-ups are no longer planned automatically.</source>
        <translation>Kiitosseurantoja ei enää suunnitella automaattisesti.</translation>
    </message>
    <message>
        <source>Thank-you follow-ups planned for the next working day: {count}.</source>
        <translation>Kiitosseurantoja suunniteltu seuraavalle arkipäivälle: {count}.</translation>
    </message>
    <message>
        <source>Remove referral</source>
        <translation>Poista suosittelu</translation>
    </message>
    <message>
        <source>Forget that {referrer} referred {referred}? The lead and both contacts stay.</source>
        <translation>Unohdetaanko, että {referrer} suositteli asiakasta {referred}? Liidi ja molemmat yhteystiedot säilyvät.</translation>
    </message>
    <message>
        <source>Customers marked as asked for referrals: {count}.</source>
        <translation>Suosittelua kysytty asiakkailta: {count}.</translation>
    </message>
</context>
</TS>
