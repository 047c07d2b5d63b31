<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Kojelauta</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ensimmäinen päivä</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Viimeinen päivä</translation>
    </message>
    <message>
        <source>Export to PDF…</source>
        <translation>Vie PDF:ksi…</translation>
    </message>
    <message>
        <source>Export tables to Excel…</source>
        <translation>Vie taulukot Exceliin…</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Jakso</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Vastuuhenkilö</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Kuluva kuukausi</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Kuluva neljännes</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Kuluva vuosi</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Viimeiset 12 kuukautta</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Koko historia</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Omat päivämäärät</translation>
    </message>
    <message>
        <source>Leads created</source>
        <translation>Uudet liidit</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Voitettu arvo</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Voitetut kaupat</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Keskikauppa</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Voittoprosentti</translation>
    </message>
    <message>
        <source>Sales cycle (median)</source>
        <translation>Myyntisykli (mediaani)</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>Painotettu myyntiputki</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Asiakaspysyvyys</translation>
    </message>
    <message>
        <source>Leads by stage</source>
        <translation>Liidit vaiheittain</translation>
    </message>
    <message>
        <source>Leads created in the period, by the stage they are in now</source>
        <translation>Jakson uudet liidit sen vaiheen mukaan, jossa ne ovat nyt</translation>
    </message>
    <message>
        <source>Won value by month</source>
        <translation>Voitettu arvo kuukausittain</translation>
    </message>
    <message>
        <source>Conversion by source</source>
        <translation>Konversio lähteittäin</translation>
    </message>
    <message>
        <source>Weighted forecast by month</source>
        <translation>Painotettu ennuste kuukausittain</translation>
    </message>
    <message>
        <source>Deals closed as won in the period, in k€</source>
        <translation>Jaksolla voitetut kaupat, tuhatta euroa</translation>
    </message>
    <message>
        <source>Referral conversion</source>
        <translation>Suosittelujen konversio</translation>
    </message>
    <message>
        <source>Share (%) of the period&apos;s leads from each source that were won</source>
        <translation>Osuus (%) kunkin lähteen jakson liideistä, jotka voitettiin</translation>
    </message>
    <message>
        <source>Open deals by expected close month, value × stage probability, in k€</source>
        <translation>Avoimet kaupat arvioidun sulkemiskuukauden mukaan, arvo × vaiheen todennäköisyys, tuhatta euroa</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Myyntiputki</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Saavutti</translation>
    </message>
    <message>
        <source>Of all leads</source>
        <translation>Kaikista liideistä</translation>
    </message>
    <message>
        <source>From previous stage</source>
        <translation>Edellisestä vaiheesta</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Lähteet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Voitettu</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversio</translation>
    </message>
    <message>
        <source>Imports and events</source>
        <translation>Tuonnit ja tapahtumat</translation>
    </message>
    <message>
        <source>Import batch or event</source>
        <translation>Tuontierä tai tapahtuma</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kustannus</translation>
    </message>
    <message>
        <source>Cost per won deal</source>
        <translation>Kustannus voitettua kauppaa kohden</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Aika vaiheessa</translation>
    </message>
    <message>
        <source>Stays ended</source>
        <translation>Päättyneet jaksot</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>Keskiarvo, päivää</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Avoinna nyt</translation>
    </message>
    <message>
        <source>Waiting, average days</source>
        <translation>Odottanut, päivää keskimäärin</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Suosittelijat</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Suosittelija</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Suositellut</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktiivisuus</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Viikko</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Päivitetään…</translation>
    </message>
    <message>
        <source>The figures could not be computed: {error}</source>
        <translation>Lukuja ei voitu laskea: {error}</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>alusta</translation>
    </message>
    <message>
        <source>today</source>
        <translation>tähän päivään</translation>
    </message>
    <message>
        <source>previous period: {value}</source>
        <translation>edellinen jakso: {value}</translation>
    </message>
    <message>
        <source>{sign} {delta} pp vs previous period</source>
        <translation>{sign} {delta} %-yks. edelliseen jaksoon</translation>
    </message>
    <message>
        <source>{sign} {percent} vs previous period</source>
        <translation>{sign} {percent} edelliseen jaksoon</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} pv</translation>
    </message>
    <message>
        <source>every owner</source>
        <translation>kaikki vastuuhenkilöt</translation>
    </message>
    <message>
        <source>compared with {period}</source>
        <translation>vertailujakso {period}</translation>
    </message>
    <message>
        <source>Leads created in the period. Click to list them.</source>
        <translation>Jaksolla luodut liidit. Napsauta nähdäksesi ne.</translation>
    </message>
    <message>
        <source>{count} deals won</source>
        <translation>{count} voitettua kauppaa</translation>
    </message>
    <message>
        <source>Value of the deals won in the period. Click to list them.</source>
        <translation>Jaksolla voitettujen kauppojen arvo. Napsauta nähdäksesi ne.</translation>
    </message>
    <message>
        <source>{lost} lost</source>
        <translation>{lost} hävittyä</translation>
    </message>
    <message>
        <source>Deals closed as won in the period. Click to list them.</source>
        <translation>Jaksolla voitetut kaupat. Napsauta nähdäksesi ne.</translation>
    </message>
    <message>
        <source>won value ÷ deals won</source>
        <translation>voitettu arvo ÷ voitetut kaupat</translation>
    </message>
    <message>
        <source>Average size of a won deal (average ticket).</source>
        <translation>Voitetun kaupan keskikoko.</translation>
    </message>
    <message>
        <source>{won} won of {closed} closed</source>
        <translation>{won} voitettu / {closed} suljettua</translation>
    </message>
    <message>
        <source>Won ÷ (won + lost), over deals closed in the period. Click to list them.</source>
        <translation>Voitetut ÷ (voitetut + hävityt) jaksolla suljetuista kaupoista. Napsauta nähdäksesi ne.</translation>
    </message>
    <message>
        <source>average {days} d</source>
        <translation>keskiarvo {days} pv</translation>
    </message>
    <message>
        <source>Days from a lead&apos;s creation to its win, for deals won in the period.</source>
        <translation>Päiviä liidin luonnista kaupan voittoon, jaksolla voitetuista kaupoista.</translation>
    </message>
    <message>
        <source>{count} open deals</source>
        <translation>{count} avointa kauppaa</translation>
    </message>
    <message>
        <source>Open deals × stage probability, whatever their expected close. Click for the board.</source>
        <translation>Avoimet kaupat × vaiheen todennäköisyys arvioidusta sulkemispäivästä riippumatta. Napsauta avataksesi myyntiputken.</translation>
    </message>
    <message>
        <source>{repeat} of {customers} customers bought again</source>
        <translation>{repeat} / {customers} asiakkaasta osti uudelleen</translation>
    </message>
    <message>
        <source>Customers with a repeat win ÷ customers with a win, up to the period&apos;s end.</source>
        <translation>Uudelleen ostaneet asiakkaat ÷ ostaneet asiakkaat jakson loppuun mennessä.</translation>
    </message>
    <message>
        <source>No stages.</source>
        <translation>Ei vaiheita.</translation>
    </message>
    <message>
        <source>{stage}: {count} leads, {value}</source>
        <translation>{stage}: {count} liidiä, {value}</translation>
    </message>
    <message>
        <source>Also one disqualified lead ({value}), not on the board.</source>
        <translation>Lisäksi yksi hylätty liidi ({value}), ei myyntiputkessa.</translation>
    </message>
    <message>
        <source>Also {count} disqualified leads ({value}), not on the board.</source>
        <translation>Lisäksi {count} hylättyä liidiä ({value}), ei myyntiputkessa.</translation>
    </message>
    <message>
        <source>No deals won in this period.</source>
        <translation>Ei voitettuja kauppoja tällä jaksolla.</translation>
    </message>
    <message>
        <source>{month}: {count} deals, {value}</source>
        <translation>{month}: {count} kauppaa, {value}</translation>
    </message>
    <message>
        <source>No leads in this period.</source>
        <translation>Ei liidejä tällä jaksolla.</translation>
    </message>
    <message>
        <source>{source}: {won} won of {leads} leads</source>
        <translation>{source}: {won} voitettu / {leads} liidiä</translation>
    </message>
    <message>
        <source>No open deals with an expected close date.</source>
        <translation>Ei avoimia kauppoja, joilla on arvioitu sulkemispäivä.</translation>
    </message>
    <message>
        <source>{month}: {count} open deals worth {value}, weighted {weighted}</source>
        <translation>{month}: {count} avointa kauppaa, arvo {value}, painotettu {weighted}</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Ei vastuuhenkilöä</translation>
    </message>
    <message>
        <source>SalesDesk dashboard {day}</source>
        <translation>SalesDesk-kojelauta {day}</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Vie PDF:ksi</translation>
    </message>
    <message>
        <source>SalesDesk dashboard</source>
        <translation>SalesDesk-kojelauta</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>Tiedostoa {path} ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>Dashboard saved to {path}</source>
        <translation>Kojelauta tallennettu: {path}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Sales cycle, median days</source>
        <translation>Myyntisykli, mediaani päivinä</translation>
    </message>
    <message>
        <source>Sales cycle, average days</source>
        <translation>Myyntisykli, keskiarvo päivinä</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Tehdyt seurannat</translation>
    </message>
    <message>
        <source>Follow-ups overdue now</source>
        <translation>Myöhässä olevat seurannat nyt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tunnusluku</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Tämä jakso</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Edellinen jakso</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Liidit</translation>
    </message>
    <message>
        <source>all sources: {rate}</source>
        <translation>kaikki lähteet: {rate}</translation>
    </message>
    <message>
        <source>{won} won of {leads} referred leads</source>
        <translation>{won} voitettu / {leads} suositeltua liidiä</translation>
    </message>
    <message>
        <source>Referred leads of the period that were won, beside all sources. Click to list them.</source>
        <translation>Jakson suositelluista liideistä voitetut, verrattuna kaikkiin lähteisiin. Napsauta nähdäksesi ne.</translation>
    </message>
    <message>
        <source>{count} overdue now</source>
        <translation>{count} myöhässä nyt</translation>
    </message>
    <message>
        <source>by {owners} owners</source>
        <translation>{owners} vastuuhenkilöltä</translation>
    </message>
    <message>
        <source>Follow-ups marked done in the period. Click for the overdue ones.</source>
        <translation>Jaksolla tehdyiksi merkityt seurannat. Napsauta nähdäksesi myöhässä olevat.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Painotettu</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Ennuste</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Avoimet kaupat</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ei päivää</translation>
    </message>
    <message>
        <source>Export tables to Excel</source>
        <translation>Vie taulukot Exceliin</translation>
    </message>
    <message>
        <source>Tables saved to {path}</source>
        <translation>Taulukot tallennettu: {path}</translation>
    </message>
</context>
</TS>
