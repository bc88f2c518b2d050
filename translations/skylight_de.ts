<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Inspection</name>
    <message>
        <source>The image ends inside its %1 header.</source>
        <translation>Das Image endet innerhalb seines %1-Headers.</translation>
    </message>
    <message>
        <source>The image is at once %1 and %2: tools may read it differently, which hides what it holds.</source>
        <extracomment>%1 is a disk format (qcow2), %2 one or more others (iso)</extracomment>
        <translation>Das Image ist zugleich %1 und %2: Werkzeuge lesen es womöglich unterschiedlich, was seinen Inhalt verschleiert.</translation>
    </message>
    <message>
        <source>The image is declared as %1, but its content is %2.</source>
        <extracomment>%1 is the format the image was declared as (its disk_format), %2 the one found</extracomment>
        <translation>Das Image ist als %1 angegeben, sein Inhalt ist aber %2.</translation>
    </message>
    <message>
        <source>LUKS version %1 is not supported by qemu.</source>
        <translation>LUKS-Version %1 wird von qemu nicht unterstützt.</translation>
    </message>
    <message>
        <source>MBR partition entry %1 has an invalid boot flag.</source>
        <translation>Der MBR-Partitionseintrag %1 hat ein ungültiges Boot-Flag.</translation>
    </message>
    <message>
        <source>The protective MBR starts at an invalid CHS address.</source>
        <translation>Der schützende MBR beginnt bei einer ungültigen CHS-Adresse.</translation>
    </message>
    <message>
        <source>The protective MBR does not start at sector 1.</source>
        <translation>Der schützende MBR beginnt nicht bei Sektor 1.</translation>
    </message>
    <message>
        <source>The protective MBR defines other partitions besides GPT.</source>
        <translation>Der schützende MBR definiert neben GPT weitere Partitionen.</translation>
    </message>
    <message>
        <source>The partition table defines no partition.</source>
        <translation>Die Partitionstabelle definiert keine Partition.</translation>
    </message>
    <message>
        <source>This is a qcow version 1 image, which OpenStack does not accept.</source>
        <translation>Dies ist ein Image im Format qcow Version 1, das OpenStack nicht annimmt.</translation>
    </message>
    <message>
        <source>The qcow2 header has version %1; only versions 2 and 3 exist.</source>
        <translation>Der qcow2-Header hat die Version %1; es gibt nur die Versionen 2 und 3.</translation>
    </message>
    <message>
        <source>The qcow2 header gives clusters of 2^%1 bytes, which qemu refuses.</source>
        <translation>Der qcow2-Header gibt Cluster von 2^%1 Bytes an, die qemu ablehnt.</translation>
    </message>
    <message>
        <source>The qcow2 header claims a virtual size of %1 bytes, more than qemu can address.</source>
        <translation>Der qcow2-Header gibt eine virtuelle Größe von %1 Bytes an, mehr als qemu adressieren kann.</translation>
    </message>
    <message>
        <source>The qcow2 header gives an impossible header length.</source>
        <translation>Der qcow2-Header gibt eine unmögliche Header-Länge an.</translation>
    </message>
    <message>
        <source>The image keeps its data in an external file: opening it reads another file of the host.</source>
        <translation>Das Image hält seine Daten in einer externen Datei: Beim Öffnen wird eine andere Datei des Hosts gelesen.</translation>
    </message>
    <message>
        <source>The image needs qcow2 features that are not known, so it cannot be checked.</source>
        <translation>Das Image benötigt unbekannte qcow2-Funktionen und kann daher nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The image is marked corrupt.</source>
        <translation>Das Image ist als beschädigt markiert.</translation>
    </message>
    <message>
        <source>The image names a backing file: opening it reads another file of the host.</source>
        <translation>Das Image nennt eine Backing-Datei: Beim Öffnen wird eine andere Datei des Hosts gelesen.</translation>
    </message>
    <message>
        <source>The backing file name lies outside the qcow2 header.</source>
        <translation>Der Name der Backing-Datei liegt außerhalb des qcow2-Headers.</translation>
    </message>
    <message>
        <source>A qcow2 header extension runs past the first cluster.</source>
        <translation>Eine qcow2-Header-Erweiterung reicht über den ersten Cluster hinaus.</translation>
    </message>
    <message>
        <source>QED images are not accepted by OpenStack.</source>
        <translation>QED-Images werden von OpenStack nicht angenommen.</translation>
    </message>
    <message>
        <source>The image is a differencing disk: opening it reads its parent, another file of the host.</source>
        <translation>Das Image ist ein differenzierender Datenträger: Beim Öffnen wird sein übergeordneter Datenträger gelesen, eine andere Datei des Hosts.</translation>
    </message>
    <message>
        <source>The VDI header gives an unknown image type %1.</source>
        <translation>Der VDI-Header gibt einen unbekannten Image-Typ %1 an.</translation>
    </message>
    <message>
        <source>The VHD footer gives an unknown disk type %1.</source>
        <translation>Der VHD-Footer gibt einen unbekannten Datenträgertyp %1 an.</translation>
    </message>
    <message>
        <source>The VHDX region table is invalid.</source>
        <translation>Die VHDX-Regionstabelle ist ungültig.</translation>
    </message>
    <message>
        <source>The VHDX metadata region lies outside its limits.</source>
        <translation>Die VHDX-Metadatenregion liegt außerhalb ihrer Grenzen.</translation>
    </message>
    <message>
        <source>The VHDX image has no metadata region.</source>
        <translation>Das VHDX-Image hat keine Metadatenregion.</translation>
    </message>
    <message>
        <source>A VHDX metadata item lies outside its limits.</source>
        <translation>Ein VHDX-Metadateneintrag liegt außerhalb seiner Grenzen.</translation>
    </message>
    <message>
        <source>The VHDX metadata table is invalid.</source>
        <translation>Die VHDX-Metadatentabelle ist ungültig.</translation>
    </message>
    <message>
        <source>The VHDX metadata lacks the virtual disk size.</source>
        <translation>In den VHDX-Metadaten fehlt die virtuelle Datenträgergröße.</translation>
    </message>
    <message>
        <source>The VHDX image claims a virtual size of %1 bytes, which qemu refuses.</source>
        <translation>Das VHDX-Image gibt eine virtuelle Größe von %1 Bytes an, die qemu ablehnt.</translation>
    </message>
    <message>
        <source>The VMDK descriptor is not plain text.</source>
        <translation>Der VMDK-Deskriptor ist kein reiner Text.</translation>
    </message>
    <message>
        <source>A VMDK extent names a path: opening the image reads another file of the host.</source>
        <translation>Ein VMDK-Extent nennt einen Pfad: Beim Öffnen des Images wird eine andere Datei des Hosts gelesen.</translation>
    </message>
    <message>
        <source>The VMDK descriptor has lines that are not understood.</source>
        <translation>Der VMDK-Deskriptor enthält unverständliche Zeilen.</translation>
    </message>
    <message>
        <source>The VMDK descriptor has no createType.</source>
        <translation>Der VMDK-Deskriptor hat keinen createType.</translation>
    </message>
    <message>
        <source>The VMDK is of type %1: only monolithicSparse and streamOptimized images are single files.</source>
        <translation>Das VMDK hat den Typ %1: Nur monolithicSparse- und streamOptimized-Images sind einzelne Dateien.</translation>
    </message>
    <message>
        <source>The VMDK descriptor names no extent.</source>
        <translation>Der VMDK-Deskriptor nennt kein Extent.</translation>
    </message>
    <message>
        <source>The image names a parent disk: opening it reads another file of the host.</source>
        <translation>Das Image nennt einen übergeordneten Datenträger: Beim Öffnen wird eine andere Datei des Hosts gelesen.</translation>
    </message>
    <message>
        <source>The VMDK header has version %1, which qemu refuses.</source>
        <translation>Der VMDK-Header hat die Version %1, die qemu ablehnt.</translation>
    </message>
    <message>
        <source>The VMDK header claims %1 sectors, an absurd size.</source>
        <translation>Der VMDK-Header gibt %1 Sektoren an, eine absurde Größe.</translation>
    </message>
    <message>
        <source>The VMDK descriptor lies outside its limits.</source>
        <translation>Der VMDK-Deskriptor liegt außerhalb seiner Grenzen.</translation>
    </message>
    <message>
        <source>The VMDK descriptor file is larger than 1 MiB.</source>
        <translation>Die VMDK-Deskriptordatei ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>The file is a VMDK descriptor: its data lies in other files of the host.</source>
        <translation>Die Datei ist ein VMDK-Deskriptor: Ihre Daten liegen in anderen Dateien des Hosts.</translation>
    </message>
    <message>
        <source>The streamOptimized VMDK has no footer.</source>
        <translation>Das streamOptimized-VMDK hat keinen Footer.</translation>
    </message>
    <message>
        <source>The VMDK footer marker is invalid.</source>
        <translation>Die Footer-Markierung des VMDK ist ungültig.</translation>
    </message>
    <message>
        <source>The VMDK end-of-stream marker is invalid.</source>
        <translation>Die End-of-Stream-Markierung des VMDK ist ungültig.</translation>
    </message>
    <message>
        <source>The VMDK footer disagrees with its header.</source>
        <translation>Der VMDK-Footer widerspricht seinem Header.</translation>
    </message>
    <message>
        <source>The VMDK descriptor claims %1 sectors, an absurd size.</source>
        <translation>Der VMDK-Deskriptor gibt %1 Sektoren an, eine absurde Größe.</translation>
    </message>
    <message>
        <source>The %1 header is larger than %2 bytes; it was not inspected.</source>
        <extracomment>%1 is a disk format (qcow2), %2 a number of bytes</extracomment>
        <translation>Der %1-Header ist größer als %2 Bytes; er wurde nicht untersucht.</translation>
    </message>
    <message>
        <source>The VHDX metadata lies past the end of the image.</source>
        <translation>Die VHDX-Metadaten liegen hinter dem Ende des Images.</translation>
    </message>
</context>
<context>
    <name>Skylight::ApiError</name>
    <message>
        <source>The cloud did not accept the credentials: sign in again or check the token.</source>
        <translation>Die Cloud hat die Anmeldedaten nicht angenommen: Melden Sie sich erneut an oder prüfen Sie das Token.</translation>
    </message>
    <message>
        <source>The cloud refused access: your role does not allow this request.</source>
        <translation>Die Cloud verweigert den Zugriff: Ihre Rolle erlaubt diese Anfrage nicht.</translation>
    </message>
    <message>
        <source>Not found: the image or the endpoint path does not exist.</source>
        <translation>Nicht gefunden: Das Image oder der Endpunktpfad existiert nicht.</translation>
    </message>
    <message>
        <source>The cloud reported a conflict with the current state of the resource.</source>
        <translation>Die Cloud meldet einen Konflikt mit dem aktuellen Zustand der Ressource.</translation>
    </message>
    <message>
        <source>The cloud&apos;s rate or size limit was reached: wait and try again.</source>
        <translation>Das Anfrage- oder Größenlimit der Cloud ist erreicht: Warten Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The cloud had an internal problem (HTTP %1): try again later.</source>
        <translation>Die Cloud hatte ein internes Problem (HTTP %1): Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The cloud rejected the request (HTTP %1).</source>
        <translation>Die Cloud hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <source>retry after %1 s</source>
        <translation>erneut versuchen nach %1 s</translation>
    </message>
    <message>
        <source>%1 Server said: %2</source>
        <comment>a message, then the server&apos;s own words</comment>
        <translation>%1 Der Server sagte: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>items of a message&apos;s details</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a message and its details in brackets</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Skylight::ApiJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Skylight::AppSettings</name>
    <message>
        <source>The settings file %1 was written by a newer version of Skylight (settings version %2; this one knows up to %3). It is read as far as it is understood, and nothing is saved to it: window layout, folders and unfinished downloads are not kept.</source>
        <translation>Die Einstellungsdatei %1 wurde von einer neueren Skylight-Version geschrieben (Einstellungsversion %2; diese Version kennt bis %3). Sie wird gelesen, soweit sie verstanden wird, und nichts wird in ihr gespeichert: Fensteranordnung, Ordner und unfertige Downloads werden nicht behalten.</translation>
    </message>
    <message>
        <source>Settings are not saved: a newer Skylight wrote them.</source>
        <translation>Einstellungen werden nicht gespeichert: Ein neueres Skylight hat sie geschrieben.</translation>
    </message>
</context>
<context>
    <name>Skylight::BrowsingController</name>
    <message>
        <source>Signed out of %1; its secrets are no longer in the keychain.</source>
        <translation>Von %1 abgemeldet; die Geheimnisse sind nicht mehr im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Showing the first %L1 images: the server kept sending pages. The limit is listing/maxImages in Skylight&apos;s settings.</source>
        <translation>Die ersten %L1 Images werden angezeigt: Der Server hat immer weiter Seiten geschickt. Die Grenze ist listing/maxImages in den Einstellungen von Skylight.</translation>
    </message>
    <message>
        <source>No cloud</source>
        <translation>Keine Cloud</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln Image</numerusform>
            <numerusform>%Ln Images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln image(s)</source>
        <translation>
            <numerusform>%1 von %Ln Image</numerusform>
            <numerusform>%1 von %Ln Images</numerusform>
        </translation>
    </message>
    <message>
        <source>filtered by the server: %1</source>
        <translation>vom Server gefiltert: %1</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <source>last request %1 ms at %2</source>
        <translation>letzte Anfrage %1 ms um %2</translation>
    </message>
    <message>
        <source>hidden images too</source>
        <translation>auch verborgene Images</translation>
    </message>
    <message>
        <source>The other images are listed, but the hidden ones could not be: %1</source>
        <translation>Die übrigen Images sind aufgelistet, die verborgenen konnten jedoch nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>Skylight::ChipMenu</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Check every value</source>
        <translation>Alle Werte ankreuzen</translation>
    </message>
    <message>
        <source>Uncheck every value: the chip no longer filters</source>
        <translation>Alle Werte abwählen: Der Chip filtert dann nicht mehr</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudConfigError</name>
    <message>
        <source>%1: %2</source>
        <comment>a file, then what is wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a file, the key in it, then what is wrong</comment>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudConnector</name>
    <message>
        <source>The catalog of cloud %1 has no image or compute endpoint of interface &quot;%2&quot;.</source>
        <translation>Der Katalog der Cloud %1 enthält keinen Image- oder Compute-Endpunkt mit der Schnittstelle „%2“.</translation>
    </message>
    <message>
        <source>The catalog of cloud %1 has no image or compute endpoint of interface &quot;%2&quot; in region %3.</source>
        <translation>Der Katalog der Cloud %1 enthält in der Region %3 keinen Image- oder Compute-Endpunkt mit der Schnittstelle „%2“.</translation>
    </message>
    <message>
        <source>The catalog of cloud %1 has no image or compute endpoint of interface &quot;%2&quot; (image regions: %3).</source>
        <translation>Der Katalog der Cloud %1 enthält keinen Image- oder Compute-Endpunkt mit der Schnittstelle „%2“ (Image-Regionen: %3).</translation>
    </message>
    <message>
        <source>The catalog of cloud %1 has no image or compute endpoint of interface &quot;%2&quot; in region %3 (image regions: %4).</source>
        <translation>Der Katalog der Cloud %1 enthält in der Region %3 keinen Image- oder Compute-Endpunkt mit der Schnittstelle „%2“ (Image-Regionen: %4).</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudController</name>
    <message>
        <source>built-in demo cloud</source>
        <translation>eingebaute Demo-Cloud</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>created in Skylight</source>
        <translation>in Skylight angelegt</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudInfoController</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>No cloud signed in: choose a cloud and sign in to see what its Image API says of itself.</source>
        <translation>Keine Cloud angemeldet: Wählen Sie eine Cloud und melden Sie sich an, um zu sehen, was ihre Image-API über sich selbst mitteilt.</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudInfoPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Cloud information</source>
        <translation>Cloud-Informationen</translation>
    </message>
    <message>
        <source>Cloud asked</source>
        <translation>Befragte Cloud</translation>
    </message>
    <message>
        <source>Ask the cloud again</source>
        <translation>Cloud erneut fragen</translation>
    </message>
    <message>
        <source>Ask the cloud again for its stores, import methods and quotas</source>
        <translation>Die Cloud erneut nach ihren Speichern, Importmethoden und Kontingenten fragen</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Import methods</source>
        <translation>Importmethoden</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Kontingente</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cloud &amp;Information</source>
        <translation>Cloud-&amp;Informationen</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: fehlgeschlagen</translation>
    </message>
    <message>
        <source>Asking the cloud…</source>
        <translation>Die Cloud wird gefragt …</translation>
    </message>
    <message>
        <source>Left out (%1 in all): %2</source>
        <translation>Ausgelassen (insgesamt %1): %2</translation>
    </message>
    <message>
        <source>This cloud lists no stores.</source>
        <translation>Diese Cloud listet keine Speicher auf.</translation>
    </message>
    <message>
        <source>Upload, then import</source>
        <translation>Hochladen, dann importieren</translation>
    </message>
    <message>
        <source>Import from a web address</source>
        <translation>Import von einer Webadresse</translation>
    </message>
    <message>
        <source>Copy to other stores</source>
        <translation>In andere Speicher kopieren</translation>
    </message>
    <message>
        <source>Import from another region&apos;s Image API</source>
        <translation>Import aus der Image-API einer anderen Region</translation>
    </message>
    <message>
        <source>This cloud takes no image import.</source>
        <translation>Diese Cloud nimmt keinen Image-Import an.</translation>
    </message>
    <message>
        <source>%1 quota</source>
        <translation>Kontingent: %1</translation>
    </message>
    <message>
        <source>This cloud sets no quota on images.</source>
        <translation>Diese Cloud setzt kein Kontingent für Images.</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudListModel</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Needs a secret to sign in</source>
        <translation>Zum Anmelden wird ein Geheimnis benötigt</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1
Dialect: %2
From: %3
%4</source>
        <translation>%1
Dialekt: %2
Quelle: %3
%4</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Failed to connect</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudProfileDialog</name>
    <message>
        <source>Cloud name</source>
        <translation>Name der Cloud</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>z. B. produktion</translation>
    </message>
    <message>
        <source>Identity service URL</source>
        <translation>URL des Identitätsdienstes</translation>
    </message>
    <message>
        <source>Image endpoint</source>
        <translation>Image-Endpunkt</translation>
    </message>
    <message>
        <source>optional with an identity service: the catalog has it</source>
        <translation>optional mit Identitätsdienst: Der Katalog enthält ihn</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>User domain</source>
        <translation>Benutzerdomäne</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project domain</source>
        <translation>Projektdomäne</translation>
    </message>
    <message>
        <source>Application credential ID</source>
        <translation>ID der Anwendungszugangsdaten</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bündel</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>Systemzertifikate</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>TLS-Zertifikate prüfen</translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation>Geheimnis im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Keystone v3 password</source>
        <translation>Keystone-v3-Passwort</translation>
    </message>
    <message>
        <source>Keystone v3 application credential</source>
        <translation>Keystone-v3-Anwendungszugangsdaten</translation>
    </message>
    <message>
        <source>Token (pasted)</source>
        <translation>Token (eingefügt)</translation>
    </message>
    <message>
        <source>Keystone v2.0 password</source>
        <translation>Keystone-v2.0-Passwort</translation>
    </message>
    <message>
        <source>Rackspace API key</source>
        <translation>Rackspace-API-Schlüssel</translation>
    </message>
    <message>
        <source>Huawei Cloud IAM password</source>
        <translation>Huawei-Cloud-IAM-Passwort</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>OpenStack Image API v2 (Glance)</source>
        <translation>OpenStack Image API v2 (Glance)</translation>
    </message>
    <message>
        <source>OpenStack Image API v1</source>
        <translation>OpenStack Image API v1</translation>
    </message>
    <message>
        <source>OpenStack Compute API images</source>
        <translation>Images der OpenStack Compute API</translation>
    </message>
    <message>
        <source>Rackspace Cloud Servers</source>
        <translation>Rackspace Cloud Servers</translation>
    </message>
    <message>
        <source>Huawei Cloud ECS</source>
        <translation>Huawei Cloud ECS</translation>
    </message>
    <message>
        <source>Image API dialect</source>
        <translation>Dialekt der Image-API</translation>
    </message>
    <message>
        <source>Endpoint interface</source>
        <translation>Endpunkt-Schnittstelle</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>CA-Bündel-Datei wählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Anmelde&amp;verfahren:</translation>
    </message>
    <message>
        <source>&amp;Identity URL:</source>
        <translation>&amp;Identitäts-URL:</translation>
    </message>
    <message>
        <source>Image &amp;endpoint:</source>
        <translation>Image-&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialekt:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>User domain:</source>
        <translation>Benutzerdomäne:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Project domain:</source>
        <translation>Projektdomäne:</translation>
    </message>
    <message>
        <source>Credential ID:</source>
        <translation>Zugangsdaten-ID:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Inter&amp;face:</source>
        <translation>Schnitt&amp;stelle:</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA-Bündel:</translation>
    </message>
    <message>
        <source>none: a pasted token needs the image endpoint</source>
        <translation>keine: Ein eingefügtes Token braucht den Image-Endpunkt</translation>
    </message>
    <message>
        <source>Give the cloud a name.</source>
        <translation>Geben Sie der Cloud einen Namen.</translation>
    </message>
    <message>
        <source>Another cloud is already called &quot;%1&quot;.</source>
        <translation>Eine andere Cloud heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>The identity URL must be an http:// or https:// address.</source>
        <translation>Die Identitäts-URL muss eine http://- oder https://-Adresse sein.</translation>
    </message>
    <message>
        <source>The image endpoint must be an http:// or https:// address.</source>
        <translation>Der Image-Endpunkt muss eine http://- oder https://-Adresse sein.</translation>
    </message>
    <message>
        <source>A pasted token needs the image endpoint (or an identity URL).</source>
        <translation>Ein eingefügtes Token braucht den Image-Endpunkt (oder eine Identitäts-URL).</translation>
    </message>
    <message>
        <source>Give the identity service URL.</source>
        <translation>Geben Sie die URL des Identitätsdienstes an.</translation>
    </message>
    <message>
        <source>Give the application credential ID.</source>
        <translation>Geben Sie die ID der Anwendungszugangsdaten an.</translation>
    </message>
    <message>
        <source>Give the user name.</source>
        <translation>Geben Sie den Benutzernamen an.</translation>
    </message>
    <message>
        <source>Image service for downloads</source>
        <translation>Image-Dienst für Downloads</translation>
    </message>
    <message>
        <source>optional, for Compute-family clouds</source>
        <translation>optional, für Clouds der Compute-Familie</translation>
    </message>
    <message>
        <source>For Compute-family clouds (Compute, Rackspace, Huawei ECS): the image service (Image API v2) their image data is downloaded from, with your token. Empty: only this cloud&apos;s own endpoint and the image services of its catalog get the token.</source>
        <translation>Für Clouds der Compute-Familie (Compute, Rackspace, Huawei ECS): der Image-Dienst (Image API v2), von dem ihre Image-Daten mit Ihrem Token heruntergeladen werden. Leer: Nur der eigene Endpunkt dieser Cloud und die Image-Dienste ihres Katalogs erhalten das Token.</translation>
    </message>
    <message>
        <source>Image &amp;service:</source>
        <translation>Ima&amp;ge-Dienst:</translation>
    </message>
    <message>
        <source>The image service must be an http:// or https:// address.</source>
        <translation>Der Image-Dienst muss eine http://- oder https://-Adresse sein.</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudSession</name>
    <message>
        <source>The image service of %1 refuses the token the identity service has just issued; check the profile&apos;s project, region and role assignments.</source>
        <translation>Der Image-Dienst von %1 lehnt das soeben vom Identitätsdienst ausgestellte Token ab; prüfen Sie Projekt, Region und Rollenzuweisungen des Profils.</translation>
    </message>
    <message>
        <source>The token of %1 was refused or has expired; paste a new one.</source>
        <translation>Das Token von %1 wurde abgelehnt oder ist abgelaufen; fügen Sie ein neues ein.</translation>
    </message>
    <message>
        <source>identity service</source>
        <translation>Identitätsdienst</translation>
    </message>
    <message>
        <source>The password of %1 contains a control character (%2); it is not sent.</source>
        <translation>Das Passwort von %1 enthält ein Steuerzeichen (%2); es wird nicht gesendet.</translation>
    </message>
    <message>
        <source>The application credential secret of %1 contains a control character (%2); it is not sent.</source>
        <translation>Das Anwendungsgeheimnis von %1 enthält ein Steuerzeichen (%2); es wird nicht gesendet.</translation>
    </message>
    <message>
        <source>The token of %1 contains a control character (%2); it is not sent.</source>
        <translation>Das Token von %1 enthält ein Steuerzeichen (%2); es wird nicht gesendet.</translation>
    </message>
    <message>
        <source>The API key of %1 contains a control character (%2); it is not sent.</source>
        <translation>Der API-Schlüssel von %1 enthält ein Steuerzeichen (%2); er wird nicht gesendet.</translation>
    </message>
    <message>
        <source>The password kept in the keychain was refused: %1</source>
        <translation>Das im Schlüsselbund gespeicherte Passwort wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The application credential secret kept in the keychain was refused: %1</source>
        <translation>Das im Schlüsselbund gespeicherte Anwendungsgeheimnis wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The token kept in the keychain was refused: %1</source>
        <translation>Das im Schlüsselbund gespeicherte Token wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The API key kept in the keychain was refused: %1</source>
        <translation>Der im Schlüsselbund gespeicherte API-Schlüssel wurde abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudSidebar</name>
    <message>
        <source>&amp;New Cloud…</source>
        <translation>&amp;Neue Cloud …</translation>
    </message>
    <message>
        <source>&amp;Edit Cloud…</source>
        <translation>Cloud &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Forget This Cloud&apos;s Secrets</source>
        <translation>Geheimnisse dieser Cloud &amp;vergessen</translation>
    </message>
    <message>
        <source>&amp;Remove Cloud</source>
        <translation>Cloud &amp;entfernen</translation>
    </message>
    <message>
        <source>Clouds</source>
        <translation>Clouds</translation>
    </message>
    <message>
        <source>Add a cloud: an identity service or an image endpoint (Ctrl+N)</source>
        <translation>Cloud hinzufügen: ein Identitätsdienst oder ein Image-Endpunkt (Strg+N)</translation>
    </message>
    <message>
        <source>Sign out and remove this cloud&apos;s password, key and token from the system keychain</source>
        <translation>Abmelden und Passwort, Schlüssel und Token dieser Cloud aus dem Schlüsselbund des Systems entfernen</translation>
    </message>
    <message>
        <source>Forget %1</source>
        <translation>%1 vergessen</translation>
    </message>
    <message>
        <source>Sign out of %1 and remove its secrets from the system keychain?</source>
        <translation>Von %1 abmelden und die Geheimnisse aus dem Schlüsselbund des Systems entfernen?</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove the cloud %1 and its secrets?</source>
        <translation>Die Cloud %1 und ihre Geheimnisse entfernen?</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>New Cloud</source>
        <translation>Neue Cloud</translation>
    </message>
    <message>
        <source>Read &amp;clouds.yaml…</source>
        <translation>&amp;clouds.yaml lesen …</translation>
    </message>
    <message>
        <source>Read clouds.yaml again from its usual places, or choose a clouds.yaml file</source>
        <translation>clouds.yaml erneut von den üblichen Orten lesen oder eine clouds.yaml-Datei wählen</translation>
    </message>
    <message>
        <source>Read clouds.yaml</source>
        <translation>clouds.yaml lesen</translation>
    </message>
    <message>
        <source>OpenStack client configuration (*.yaml *.yml)</source>
        <translation>OpenStack-Client-Konfiguration (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>No new cloud in clouds.yaml or the OS_* variables.</source>
        <translation>Keine neue Cloud in clouds.yaml oder den OS_*-Variablen.</translation>
    </message>
    <message>
        <source>No new cloud in %1.</source>
        <translation>Keine neue Cloud in %1.</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudsConfig</name>
    <message>
        <source>a cloud must be a mapping of settings</source>
        <translation>eine Cloud muss eine Zuordnung von Einstellungen sein</translation>
    </message>
    <message>
        <source>unknown auth_type &quot;%1&quot;: Skylight knows password, v3applicationcredential, token, v2password, rackspace_apikey and huawei</source>
        <translation>unbekannter auth_type „%1“: Skylight kennt password, v3applicationcredential, token, v2password, rackspace_apikey und huawei</translation>
    </message>
    <message>
        <source>auth must be a mapping</source>
        <translation>auth muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>„%1“ ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>interface must be public, internal or admin, not &quot;%1&quot;</source>
        <translation>interface muss public, internal oder admin sein, nicht „%1“</translation>
    </message>
    <message>
        <source>verify must be true or false</source>
        <translation>verify muss true oder false sein</translation>
    </message>
    <message>
        <source>unknown dialect &quot;%1&quot;</source>
        <translation>unbekannter Dialekt „%1“</translation>
    </message>
    <message>
        <source>must be a single value</source>
        <translation>muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>auth_url is missing: where is the identity service?</source>
        <translation>auth_url fehlt: Wo ist der Identitätsdienst?</translation>
    </message>
    <message>
        <source>username (or user_id) is missing</source>
        <translation>username (oder user_id) fehlt</translation>
    </message>
    <message>
        <source>application_credential_id (or a name with the user) is missing</source>
        <translation>application_credential_id (oder ein Name mit dem Benutzer) fehlt</translation>
    </message>
    <message>
        <source>the file must be a mapping with a &quot;clouds&quot; key</source>
        <translation>die Datei muss eine Zuordnung mit dem Schlüssel „clouds“ sein</translation>
    </message>
    <message>
        <source>clouds must be a mapping of cloud names</source>
        <translation>clouds muss eine Zuordnung von Cloud-Namen sein</translation>
    </message>
    <message>
        <source>regions must be a list of region names (or of mappings with a name)</source>
        <translation>regions muss eine Liste von Regionsnamen sein (oder von Zuordnungen mit einem name)</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>environment (OS_*)</source>
        <comment>where a cloud was read: the OS_ variables</comment>
        <translation>Umgebung (OS_*)</translation>
    </message>
</context>
<context>
    <name>Skylight::CompareDialog</name>
    <message>
        <source>&amp;Only differences</source>
        <translation>Nur &amp;Unterschiede</translation>
    </message>
    <message>
        <source>Compare Images</source>
        <translation>Images vergleichen</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n Feld unterscheidet sich.</numerusform>
            <numerusform>%n Felder unterscheiden sich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the differences</source>
        <translation>Nur die Unterschiede zeigen</translation>
    </message>
</context>
<context>
    <name>Skylight::CompareModel</name>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Format inside</source>
        <translation>Format im Inhalt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Virtual size inside</source>
        <translation>Virt. Größe im Inhalt</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>Skylight::ComputeAdapter</name>
    <message>
        <source>Huawei Cloud ECS paths carry the project: give its id (--project-id, or the profile&apos;s project).</source>
        <translation>Pfade von Huawei Cloud ECS enthalten das Projekt: Geben Sie seine ID an (--project-id oder das Projekt des Profils).</translation>
    </message>
    <message>
        <source>This cloud offers no download of image %1: its %2 answer names no image service (no alternate link).</source>
        <translation>Diese Cloud bietet keinen Download des Images %1: Ihre %2-Antwort nennt keinen Image-Dienst (kein alternate-Link).</translation>
    </message>
    <message>
        <source>Image %1&apos;s data is served by %2 over plain http, while this cloud is reached over https: Skylight does not send your token unencrypted. If you trust that service, give its https address with --image-endpoint URL (skylight-cli) or in the cloud&apos;s Image service field.</source>
        <translation>Die Daten des Images %1 liefert %2 über unverschlüsseltes http, diese Cloud wird aber über https erreicht: Skylight sendet Ihr Token nicht unverschlüsselt. Wenn Sie diesem Dienst vertrauen, geben Sie seine https-Adresse mit --image-endpoint URL (skylight-cli) oder im Feld „Image-Dienst“ der Cloud an.</translation>
    </message>
    <message>
        <source>Image %1&apos;s data is served by %2, which is neither this cloud&apos;s endpoint nor an image service of its catalog: Skylight does not send your token there. If you trust that service, give it with --image-endpoint URL (skylight-cli) or in the cloud&apos;s Image service field.</source>
        <translation>Die Daten des Images %1 liefert %2, weder der Endpunkt dieser Cloud noch ein Image-Dienst ihres Katalogs: Skylight sendet Ihr Token nicht dorthin. Wenn Sie diesem Dienst vertrauen, geben Sie ihn mit --image-endpoint URL (skylight-cli) oder im Feld „Image-Dienst“ der Cloud an.</translation>
    </message>
    <message>
        <source>Image %1&apos;s data would be fetched from %2 over plain http, while this cloud is reached over https: Skylight does not send your token unencrypted. Give the image service&apos;s https address with --image-endpoint URL or in the cloud&apos;s Image service field.</source>
        <translation>Die Daten des Images %1 würden von %2 über unverschlüsseltes http geladen, diese Cloud wird aber über https erreicht: Skylight sendet Ihr Token nicht unverschlüsselt. Geben Sie die https-Adresse des Image-Dienstes mit --image-endpoint URL oder im Feld „Image-Dienst“ der Cloud an.</translation>
    </message>
</context>
<context>
    <name>Skylight::ComputeParser</name>
    <message>
        <source>the image details</source>
        <translation>die Image-Details</translation>
    </message>
    <message>
        <source>The image details from the server have no &quot;image&quot; object with an &quot;id&quot;.</source>
        <translation>Die Image-Details vom Server enthalten kein „image“-Objekt mit einer „id“.</translation>
    </message>
    <message>
        <source>the image list</source>
        <translation>die Image-Liste</translation>
    </message>
</context>
<context>
    <name>Skylight::ComputeXmlParser</name>
    <message>
        <source>The server sent an empty response for %1.</source>
        <translation>Der Server hat für %1 eine leere Antwort gesendet.</translation>
    </message>
    <message>
        <source>The server sent malformed XML for %1 (%2, line %3).</source>
        <translation>Der Server hat für %1 fehlerhaftes XML gesendet (%2, Zeile %3).</translation>
    </message>
    <message>
        <source>the image details</source>
        <translation>die Image-Details</translation>
    </message>
    <message>
        <source>The XML image details have no &lt;image&gt; element.</source>
        <translation>Die XML-Image-Details haben kein &lt;image&gt;-Element.</translation>
    </message>
    <message>
        <source>The XML image has no id attribute.</source>
        <translation>Das XML-Image hat kein id-Attribut.</translation>
    </message>
    <message>
        <source>the image list</source>
        <translation>die Image-Liste</translation>
    </message>
    <message>
        <source>The XML image list has no &lt;images&gt; element.</source>
        <translation>Die XML-Image-Liste hat kein &lt;images&gt;-Element.</translation>
    </message>
    <message>
        <source>The server&apos;s XML nests deeper than %1 levels; refused.</source>
        <translation>Das XML des Servers ist tiefer als %1 Ebenen verschachtelt; abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Skylight::ContentCheck</name>
    <message>
        <source>The image&apos;s contents could not be recognised as safe.</source>
        <translation>Der Inhalt des Images konnte nicht als sicher erkannt werden.</translation>
    </message>
    <message>
        <source> </source>
        <comment>between two sentences</comment>
        <translation> </translation>
    </message>
    <message>
        <source>The contents of image %1 were refused: %2 Nothing was kept.</source>
        <translation>Der Inhalt von Image %1 wurde abgelehnt: %2 Es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>%1, %2 virtual</source>
        <translation>%1, %2 virtuell</translation>
    </message>
    <message>
        <source>%1 — safe</source>
        <translation>%1 — sicher</translation>
    </message>
    <message>
        <source>%1 — not the declared %2: %3</source>
        <translation>%1 — nicht das angegebene %2: %3</translation>
    </message>
    <message>
        <source>%1 — unsafe: %2</source>
        <translation>%1 — unsicher: %2</translation>
    </message>
</context>
<context>
    <name>Skylight::ContentsRows</name>
    <message>
        <source>safe</source>
        <extracomment>the table&apos;s Contents badge: the image&apos;s data is safe</extracomment>
        <translation>sicher</translation>
    </message>
    <message>
        <source>mismatch</source>
        <extracomment>the table&apos;s Contents badge: the data is not the declared disk format</extracomment>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>unsafe</source>
        <extracomment>the table&apos;s Contents badge: the data has a problem (a backing file...)</extracomment>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (nothing declared)</source>
        <extracomment>%1 the format found in the image&apos;s data (qcow2)</extracomment>
        <translation>%1 (nichts angegeben)</translation>
    </message>
    <message>
        <source>%1 — declared %2: mismatch</source>
        <extracomment>%1 the format found in the data (raw), %2 the disk_format the image declares (qcow2)</extracomment>
        <translation>%1 — angegeben %2: Abweichung</translation>
    </message>
    <message>
        <source>%1 (declared %2)</source>
        <extracomment>%1 the format found in the data, %2 the disk_format the image declares (the same)</extracomment>
        <translation>%1 (angegeben %2)</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>Formatversion</translation>
    </message>
    <message>
        <source>Cluster size</source>
        <translation>Clustergröße</translation>
    </message>
    <message>
        <source>Backing file</source>
        <translation>Backing-Datei</translation>
    </message>
    <message>
        <source>Backing file format</source>
        <translation>Format der Backing-Datei</translation>
    </message>
    <message>
        <source>External data file</source>
        <translation>Externe Datendatei</translation>
    </message>
    <message>
        <source>Incompatible features</source>
        <translation>Inkompatible Funktionen</translation>
    </message>
    <message>
        <source>Also reads as</source>
        <translation>Auch lesbar als</translation>
    </message>
    <message>
        <source>Partition table</source>
        <translation>Partitionstabelle</translation>
    </message>
    <message>
        <source>Hybrid partition table</source>
        <translation>Hybride Partitionstabelle</translation>
    </message>
    <message>
        <source>VMDK create type</source>
        <translation>VMDK-createType</translation>
    </message>
    <message>
        <source>Subformat</source>
        <translation>Unterformat</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <source>Not inspected — Inspect (Ctrl+Shift+I)</source>
        <translation>Nicht untersucht — Untersuchen (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>Image &gt; Inspect reads the start of the image&apos;s data on the server and tells what is inside it.</source>
        <translation>Image &gt; Untersuchen liest den Anfang der Daten des Images auf dem Server und zeigt, was darin steckt.</translation>
    </message>
    <message>
        <source>Format inside</source>
        <translation>Format im Inhalt</translation>
    </message>
    <message>
        <source>%1 — the image record says %2</source>
        <extracomment>%1 the virtual size found in the data, %2 the one the image record gives</extracomment>
        <translation>%1 — der Image-Eintrag nennt %2</translation>
    </message>
    <message>
        <source>Virtual size inside</source>
        <translation>Virt. Größe im Inhalt</translation>
    </message>
    <message>
        <source>Minimum disk</source>
        <translation>Minimaler Datenträger</translation>
    </message>
    <message>
        <source>%1 is smaller than the virtual size inside (%2)</source>
        <extracomment>%1 the image&apos;s minimum disk (&quot;10 GiB&quot;), %2 its virtual size</extracomment>
        <translation>%1 ist kleiner als die virtuelle Größe im Inhalt (%2)</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Bytes read</source>
        <translation>Gelesene Bytes</translation>
    </message>
</context>
<context>
    <name>Skylight::CopyAsCommand</name>
    <message>
        <source>Copy as &amp;openstack image show</source>
        <translation>Als &amp;openstack image show kopieren</translation>
    </message>
    <message>
        <source>Copy as openstack &amp;server create</source>
        <translation>Als openstack &amp;server create kopieren</translation>
    </message>
    <message>
        <source>Copy as skylight-cli &amp;download</source>
        <translation>Als skylight-cli &amp;download kopieren</translation>
    </message>
    <message>
        <source>Copy a command that shows each selected image with the OpenStack client</source>
        <translation>Einen Befehl kopieren, der jedes gewählte Image mit dem OpenStack-Client anzeigt</translation>
    </message>
    <message>
        <source>Copy a command that starts a server from each selected image; replace FLAVOR and SERVER_NAME before running it</source>
        <translation>Einen Befehl kopieren, der aus jedem gewählten Image einen Server startet; ersetzen Sie FLAVOR und SERVER_NAME vor dem Ausführen</translation>
    </message>
    <message>
        <source>Copy a command that downloads each selected image with skylight-cli</source>
        <translation>Einen Befehl kopieren, der jedes gewählte Image mit skylight-cli herunterlädt</translation>
    </message>
    <message>
        <source>Copy as Comm&amp;and</source>
        <translation>Als &amp;Befehl kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n command line(s).</source>
        <translation>
            <numerusform>%n Befehlszeile kopiert.</numerusform>
            <numerusform>%n Befehlszeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace FLAVOR and SERVER_NAME before running it.</source>
        <translation>Ersetzen Sie FLAVOR und SERVER_NAME vor dem Ausführen.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) left out: the ID or the cloud&apos;s name or address holds characters that do not belong on a command line.</source>
        <translation>
            <numerusform>%n Image ausgelassen: Seine ID oder Name bzw. Adresse der Cloud enthält Zeichen, die nicht in eine Befehlszeile gehören.</numerusform>
            <numerusform>%n Images ausgelassen: Ihre ID oder Name bzw. Adresse der Cloud enthalten Zeichen, die nicht in eine Befehlszeile gehören.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skylight::DemoCloud</name>
    <message>
        <source>The demo cloud could not listen on %1.</source>
        <translation>Die Demo-Cloud konnte nicht auf %1 lauschen.</translation>
    </message>
</context>
<context>
    <name>Skylight::DialectDetector</name>
    <message>
        <source>Could not tell which image API %1 speaks (no version document found): name it with --api.</source>
        <translation>Es war nicht zu erkennen, welche Image-API %1 spricht (kein Versionsdokument gefunden): Geben Sie sie mit --api an.</translation>
    </message>
</context>
<context>
    <name>Skylight::DownloadController</name>
    <message>
        <source>Only active images have data to download; %1 is %2.</source>
        <translation>Nur aktive Images haben Daten zum Herunterladen; %1 ist %2.</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <source>Open the cloud %1 to resume %2.</source>
        <translation>Öffnen Sie die Cloud %1, um %2 fortzusetzen.</translation>
    </message>
    <message>
        <source>Only active images have data to download; the status of %1 is unknown.</source>
        <translation>Nur aktive Images haben Daten zum Herunterladen; der Status von %1 ist unbekannt.</translation>
    </message>
    <message>
        <source>The contents of %1 were refused: %2

Keep the file anyway? Only do so if you trust it: a hypervisor may open other files of the host through it.</source>
        <translation>Der Inhalt von %1 wurde abgelehnt: %2

Die Datei trotzdem behalten? Tun Sie das nur, wenn Sie ihr vertrauen: Ein Hypervisor kann über sie andere Dateien des Hosts öffnen.</translation>
    </message>
    <message>
        <source>Unsafe image contents</source>
        <translation>Unsicherer Image-Inhalt</translation>
    </message>
    <message>
        <source>%1 was not downloaded: its cloud was closed while the file was chosen.</source>
        <translation>%1 wurde nicht heruntergeladen: Seine Cloud wurde geschlossen, während die Datei gewählt wurde.</translation>
    </message>
    <message>
        <source>Downloads running</source>
        <translation>Laufende Downloads</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) still running. Quit anyway? They stop where they are and resume on the next start, once their cloud is open.</source>
        <translation>
            <numerusform>%n Download läuft noch. Trotzdem beenden? Er hält an, wo er ist, und wird beim nächsten Start fortgesetzt, sobald seine Cloud geöffnet ist.</numerusform>
            <numerusform>%n Downloads laufen noch. Trotzdem beenden? Sie halten an, wo sie sind, und werden beim nächsten Start fortgesetzt, sobald ihre Cloud geöffnet ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skylight::DownloadFolder</name>
    <message>
        <source>Could not open the folder %1: %2.</source>
        <translation>Der Ordner %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>%1 konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>%1 konnte nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Could not save %1: %2 is no longer the file that was downloaded.</source>
        <extracomment>%1 is the final file path, %2 the partial file&apos;s path</extracomment>
        <translation>%1 konnte nicht gespeichert werden: %2 ist nicht mehr die heruntergeladene Datei.</translation>
    </message>
    <message>
        <source>It is not a plain file name.</source>
        <translation>Es ist kein einfacher Dateiname.</translation>
    </message>
    <message>
        <source>Will not use %1. %2</source>
        <extracomment>%1 is a file path, %2 a whole sentence saying what it is (&quot;It is a symbolic link.&quot;)</extracomment>
        <translation>%1 wird nicht verwendet. %2</translation>
    </message>
    <message>
        <source>It is a symbolic link.</source>
        <translation>Es ist ein symbolischer Link.</translation>
    </message>
    <message>
        <source>It is a folder.</source>
        <translation>Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>It is a device or a pipe.</source>
        <translation>Es ist ein Gerät oder eine Pipe.</translation>
    </message>
    <message>
        <source>It belongs to another user.</source>
        <translation>Es gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>It does not exist.</source>
        <translation>Es existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n hard links.</source>
        <extracomment>%n is a number, at least 2</extracomment>
        <translation>
            <numerusform>Es hat %n Hardlink.</numerusform>
            <numerusform>Es hat %n Hardlinks.</numerusform>
        </translation>
    </message>
    <message>
        <source>It cannot be examined: %1.</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>Es kann nicht geprüft werden: %1.</translation>
    </message>
    <message>
        <source>Will not replace %1. %2</source>
        <extracomment>%1 is a file path, %2 a whole sentence saying what it is (&quot;It is a symbolic link.&quot;)</extracomment>
        <translation>%1 wird nicht ersetzt. %2</translation>
    </message>
    <message>
        <source>Could not save %1: a file of that name exists.</source>
        <translation>%1 konnte nicht gespeichert werden: Eine Datei dieses Namens existiert bereits.</translation>
    </message>
</context>
<context>
    <name>Skylight::EntryCheck</name>
    <message>
        <source>entry %1 is not an object</source>
        <translation>Eintrag %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>entry %1 has no id</source>
        <translation>Eintrag %1 hat keine ID</translation>
    </message>
    <message>
        <source>entry %1 has an id that is not a string</source>
        <translation>Eintrag %1 hat eine ID, die keine Zeichenkette ist</translation>
    </message>
    <message>
        <source>entry %1 has an empty id</source>
        <translation>Eintrag %1 hat eine leere ID</translation>
    </message>
    <message>
        <source>entry %1 repeats the id %2 of entry %3</source>
        <translation>Eintrag %1 wiederholt die ID %2 von Eintrag %3</translation>
    </message>
</context>
<context>
    <name>Skylight::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>De&amp;tails …</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>The server asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Der Server bittet, %n Sekunde zu warten, bevor es erneut versucht wird.</numerusform>
            <numerusform>Der Server bittet, %n Sekunden zu warten, bevor es erneut versucht wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>Skylight::FileDownloader</name>
    <message>
        <source>Resuming at %1 of %2.</source>
        <translation>Fortsetzen bei %1 von %2.</translation>
    </message>
    <message>
        <source>The partial file is larger than the image; starting again.</source>
        <translation>Die Teildatei ist größer als das Image; es wird neu begonnen.</translation>
    </message>
    <message>
        <source>The server answered the range request with Content-Range &quot;%1&quot; (the image may have changed); starting again from zero.</source>
        <translation>Der Server hat die Bereichsanfrage mit Content-Range „%1“ beantwortet (das Image hat sich vielleicht geändert); es wird bei null neu begonnen.</translation>
    </message>
    <message>
        <source>The server keeps answering range requests wrongly; giving up. </source>
        <translation>Der Server beantwortet Bereichsanfragen weiterhin falsch; Abbruch. </translation>
    </message>
    <message>
        <source>Cancelled; the partial file is kept for a resume.</source>
        <translation>Abgebrochen; die Teildatei bleibt zum Fortsetzen erhalten.</translation>
    </message>
    <message>
        <source>The image %1 has no data (HTTP 204): nothing to download.</source>
        <translation>Das Image %1 hat keine Daten (HTTP 204): nichts herunterzuladen.</translation>
    </message>
    <message>
        <source>The server answered the download with HTTP %1 instead of the image data.</source>
        <translation>Der Server hat den Download mit HTTP %1 statt mit den Image-Daten beantwortet.</translation>
    </message>
    <message>
        <source>The server ended the transfer early: %1 of %2 bytes.</source>
        <translation>Der Server hat die Übertragung vorzeitig beendet: %1 von %2 Bytes.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes, more than the image&apos;s %2; nothing was kept.</source>
        <translation>Der Server hat %1 Bytes gesendet, mehr als die %2 des Images; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>not verified (verification turned off)</source>
        <translation>nicht geprüft (Prüfung ausgeschaltet)</translation>
    </message>
    <message>
        <source>the image&apos;s os_hash_value</source>
        <translation>der os_hash_value des Images</translation>
    </message>
    <message>
        <source>the image&apos;s checksum</source>
        <translation>die Prüfsumme des Images</translation>
    </message>
    <message>
        <source>the Content-MD5 header</source>
        <translation>der Content-MD5-Header</translation>
    </message>
    <message>
        <source>nothing to verify against: the image has no checksum and the server sent no Content-MD5</source>
        <translation>nichts zum Abgleichen: Das Image hat keine Prüfsumme und der Server hat kein Content-MD5 gesendet</translation>
    </message>
    <message>
        <source>The downloaded bytes do not match %1: expected %2 %3, got %4. Nothing was kept.</source>
        <translation>Die heruntergeladenen Bytes stimmen nicht überein (verglichen mit: %1): erwartet %2 %3, erhalten %4. Nichts wurde behalten.</translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation>%1 passt zu %2</translation>
    </message>
    <message>
        <source>This image store does not serve ranges; downloading from the start.</source>
        <translation>Dieser Image-Speicher liefert keine Teilbereiche; der Download beginnt von vorn.</translation>
    </message>
    <message>
        <source>The server sent more than the %1 bytes it announced for image %2; the download was stopped and nothing was kept.</source>
        <translation>Der Server hat mehr als die für das Image %2 angekündigten %1 Bytes gesendet; der Download wurde angehalten und nichts wurde behalten.</translation>
    </message>
    <message>
        <source>The server keeps sending more of image %1 after each end; giving up.</source>
        <translation>Der Server sendet nach jedem Ende weitere Daten des Images %1; Abbruch.</translation>
    </message>
    <message>
        <source>The server sent no size, no checksum and a chunked answer whose end cannot be confirmed: downloading once more to compare.</source>
        <translation>Der Server hat weder Größe noch Prüfsumme gesendet, und das Ende seiner Chunked-Antwort lässt sich nicht bestätigen: Der Download wird zum Vergleich wiederholt.</translation>
    </message>
    <message>
        <source>Two downloads of image %1 ended at different lengths (%2 and %3 bytes): a connection was cut and the server&apos;s answer does not say where it ends. Nothing was kept; try again.</source>
        <translation>Zwei Downloads des Images %1 endeten bei unterschiedlichen Längen (%2 und %3 Bytes): Eine Verbindung wurde unterbrochen, und die Antwort des Servers sagt nicht, wo sie endet. Nichts wurde behalten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not put the verified file at %1: %2</source>
        <translation>Die geprüfte Datei konnte nicht unter %1 abgelegt werden: %2</translation>
    </message>
    <message>
        <source>The server asks to wait %1 s before trying again (Retry-After), longer than Skylight waits (%2 s); the partial file is kept. Try again after %3.</source>
        <translation>Der Server bittet, %1 s bis zum nächsten Versuch zu warten (Retry-After), länger als Skylight wartet (%2 s); die Teildatei bleibt erhalten. Versuchen Sie es nach %3 erneut.</translation>
    </message>
    <message>
        <source>Resuming at %1 of an unknown size.</source>
        <translation>Fortsetzen bei %1 von unbekannter Größe.</translation>
    </message>
    <message>
        <source>%1 The partial file is kept: run the download again to resume.</source>
        <translation>%1 Die Teildatei bleibt erhalten: Starten Sie den Download erneut, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <source>%1 Nothing was kept: without a checksum the download cannot resume.</source>
        <translation>%1 Nichts wurde behalten: Ohne Prüfsumme kann der Download nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Cancelled; the refused file was removed.</source>
        <translation>Abgebrochen; die abgelehnte Datei wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>Skylight::FileSink</name>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Could not write to %1: %2.</source>
        <translation>In %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not empty %1: %2.</source>
        <translation>%1 konnte nicht geleert werden: %2.</translation>
    </message>
</context>
<context>
    <name>Skylight::FilterBar</name>
    <message>
        <source>Filter by name, ID or property value; status:active, tag:… (Ctrl+F)</source>
        <translation>Nach Name, ID oder Eigenschaftswert filtern; status:active, tag:… (Strg+F)</translation>
    </message>
    <message>
        <source>Filter images</source>
        <translation>Images filtern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln Image</numerusform>
            <numerusform>%Ln Images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching image(s)</source>
        <translation>
            <numerusform>%Ln passendes Image</numerusform>
            <numerusform>%Ln passende Images</numerusform>
        </translation>
    </message>
    <message>
        <source>Every word must appear in the name, ID or a property value.
key:value matches a field exactly: name, status, visibility, tag, owner,
disk_format, container_format, id, member_status or any property.
Sizes and dates compare with &lt;, &lt;=, &gt;, &gt;=, = and !=: size&gt;1G, size&lt;=500M,
virtual_size&gt;10G, min_disk&gt;=10 (GB), min_ram&lt;512 (MB), created&lt;2024-01-01,
updated&gt;=2025-06-01T12:00 (UTC unless a zone follows: Z, +02:00).
Units K, M, G, T count in 1024s (KiB, MiB, GiB, TiB).
Enter asks the server to filter, where the cloud can (Image API v2).</source>
        <translation>Jedes Wort muss im Namen, in der ID oder in einem Eigenschaftswert vorkommen.
key:value trifft ein Feld genau: name, status, visibility, tag, owner,
disk_format, container_format, id, member_status oder jede Eigenschaft.
Größen und Daten werden mit &lt;, &lt;=, &gt;, &gt;=, = und != verglichen: size&gt;1G, size&lt;=500M,
virtual_size&gt;10G, min_disk&gt;=10 (GB), min_ram&lt;512 (MB), created&lt;2024-01-01,
updated&gt;=2025-06-01T12:00 (UTC, sofern keine Zone folgt: Z, +02:00).
Die Einheiten K, M, G, T zählen in 1024ern (KiB, MiB, GiB, TiB).
Die Eingabetaste lässt den Server filtern, wo die Cloud es kann (Image API v2).</translation>
    </message>
    <message>
        <source>A term is left out</source>
        <translation>Ein Suchbegriff wird ignoriert</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter by visibility</source>
        <translation>Nach Sichtbarkeit filtern</translation>
    </message>
    <message>
        <source>Filter by format</source>
        <translation>Nach Format filtern</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln)</source>
        <comment>a chip and how many of its values are checked</comment>
        <translation>
            <numerusform>%1 (%Ln)</numerusform>
            <numerusform>%1 (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skylight::FirstRunPage</name>
    <message>
        <source>Open the De&amp;mo Cloud</source>
        <translation>De&amp;mo-Cloud öffnen</translation>
    </message>
    <message>
        <source>&amp;New Cloud…</source>
        <translation>&amp;Neue Cloud …</translation>
    </message>
    <message>
        <source>Read &amp;clouds.yaml…</source>
        <translation>&amp;clouds.yaml lesen …</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>No cloud yet</source>
        <translation>Noch keine Cloud</translation>
    </message>
    <message>
        <source>Skylight browses the images of OpenStack-compatible clouds: OpenStack Image API v2 and v1, Compute, Rackspace Cloud Servers and Huawei Cloud ECS.</source>
        <translation>Skylight durchsucht die Images OpenStack-kompatibler Clouds: OpenStack Image API v2 und v1, Compute, Rackspace Cloud Servers und Huawei Cloud ECS.</translation>
    </message>
    <message>
        <source>It reads the clouds you already have: clouds.yaml and secure.yaml (in the current folder, in %1, or where OS_CLIENT_CONFIG_FILE points) and the OS_* variables of an openrc file. None was found.</source>
        <translation>Skylight liest die Clouds, die Sie bereits haben: clouds.yaml und secure.yaml (im aktuellen Ordner, in %1 oder dort, wohin OS_CLIENT_CONFIG_FILE zeigt) und die OS_*-Variablen einer openrc-Datei. Nichts davon wurde gefunden.</translation>
    </message>
    <message>
        <source>New Cloud adds one here: an identity service (Keystone) with your user and project, or an image endpoint with a token. Secrets go to the system keychain, never to a file.</source>
        <translation>„Neue Cloud“ fügt hier eine hinzu: einen Identitätsdienst (Keystone) mit Ihrem Benutzer und Projekt oder einen Image-Endpunkt mit einem Token. Geheimnisse kommen in den Schlüsselbund des Systems, nie in eine Datei.</translation>
    </message>
    <message>
        <source>Or look around first in the demo cloud, served from this computer: every dialect, status and format, with images to download.</source>
        <translation>Oder sehen Sie sich zuerst in der Demo-Cloud um, die von diesem Computer bereitgestellt wird: jeder Dialekt, jeder Status und jedes Format, mit Images zum Herunterladen.</translation>
    </message>
    <message>
        <source>Browse Skylight&apos;s built-in demo cloud in this window</source>
        <translation>Die eingebaute Demo-Cloud von Skylight in diesem Fenster durchsuchen</translation>
    </message>
    <message>
        <source>Add a cloud: an identity service or an image endpoint (Ctrl+N)</source>
        <translation>Cloud hinzufügen: ein Identitätsdienst oder ein Image-Endpunkt (Strg+N)</translation>
    </message>
    <message>
        <source>Read clouds.yaml again from its usual places, or choose a clouds.yaml file</source>
        <translation>clouds.yaml erneut von den üblichen Orten lesen oder eine clouds.yaml-Datei wählen</translation>
    </message>
</context>
<context>
    <name>Skylight::GlanceV1Parser</name>
    <message>
        <source>The server&apos;s answer has no x-image-meta-id header: it is not an Image API v1 service.</source>
        <translation>Die Antwort des Servers hat keinen x-image-meta-id-Header: Es ist kein Image-API-v1-Dienst.</translation>
    </message>
    <message>
        <source>the image list</source>
        <translation>die Image-Liste</translation>
    </message>
</context>
<context>
    <name>Skylight::GlanceV2Adapter</name>
    <message>
        <source>Only shared images have members.</source>
        <translation>Nur geteilte Images haben Mitglieder.</translation>
    </message>
    <message>
        <source>Image %1 has no member %2, or no such image exists.</source>
        <translation>Das Image %1 hat kein Mitglied %2, oder es gibt kein solches Image.</translation>
    </message>
    <message>
        <source>This cloud lists no stores (GET /v2/info/stores answered 404): its Image API keeps every image in one store.</source>
        <translation>Diese Cloud listet keine Speicher auf (GET /v2/info/stores hat mit 404 geantwortet): Ihre Image-API legt jedes Image im selben Speicher ab.</translation>
    </message>
    <message>
        <source>the store list</source>
        <translation>die Speicherliste</translation>
    </message>
    <message>
        <source>the import methods</source>
        <translation>die Importmethoden</translation>
    </message>
    <message>
        <source>This cloud has no image import (GET /v2/info/import answered 404).</source>
        <translation>Diese Cloud bietet keinen Image-Import (GET /v2/info/import hat mit 404 geantwortet).</translation>
    </message>
    <message>
        <source>the quota usage</source>
        <translation>die Kontingentnutzung</translation>
    </message>
    <message>
        <source>This cloud tells no quota usage (GET /v2/info/usage answered 404).</source>
        <translation>Diese Cloud gibt keine Kontingentnutzung an (GET /v2/info/usage hat mit 404 geantwortet).</translation>
    </message>
    <message>
        <source>the image&apos;s tasks</source>
        <translation>die Aufgaben des Images</translation>
    </message>
    <message>
        <source>No image with ID %1 exists at %2, or its Image API has no image tasks (they came with v2.12).</source>
        <translation>Unter %2 gibt es kein Image mit der ID %1, oder seine Image-API kennt keine Image-Aufgaben (diese kamen mit v2.12).</translation>
    </message>
</context>
<context>
    <name>Skylight::GlanceV2Members</name>
    <message>
        <source>entry %1 is not an object</source>
        <translation>Eintrag %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>entry %1 has no member_id</source>
        <translation>Eintrag %1 hat keine member_id</translation>
    </message>
    <message>
        <source>entry %1 has a member_id longer than %2 characters</source>
        <translation>Eintrag %1 hat eine member_id, die länger als %2 Zeichen ist</translation>
    </message>
    <message>
        <source>entry %1 has an unknown status %2</source>
        <translation>Eintrag %1 hat einen unbekannten Status %2</translation>
    </message>
    <message>
        <source>the image&apos;s members</source>
        <translation>die Mitglieder des Images</translation>
    </message>
    <message>
        <source>The member list from the server has no &quot;members&quot; array.</source>
        <translation>Die Mitgliederliste vom Server hat kein „members“-Array.</translation>
    </message>
    <message>
        <source>the %1 entries after the first %2 members</source>
        <translation>die %1 Einträge nach den ersten %2 Mitgliedern</translation>
    </message>
    <message>
        <source>entry %1 repeats the member %2 of entry %3</source>
        <translation>Eintrag %1 wiederholt das Mitglied %2 von Eintrag %3</translation>
    </message>
    <message>
        <source>the image member</source>
        <translation>das Image-Mitglied</translation>
    </message>
    <message>
        <source>The image member from the server cannot be read (%1).</source>
        <translation>Das Image-Mitglied vom Server kann nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>Skylight::GlanceV2Parser</name>
    <message>
        <source>the image details</source>
        <translation>die Image-Details</translation>
    </message>
    <message>
        <source>The image details from the server have no &quot;id&quot;: not an image.</source>
        <translation>Die Image-Details vom Server haben keine „id“: kein Image.</translation>
    </message>
    <message>
        <source>the image list</source>
        <translation>die Image-Liste</translation>
    </message>
</context>
<context>
    <name>Skylight::GlanceV2SchemaJob</name>
    <message>
        <source>the image schema</source>
        <translation>das Image-Schema</translation>
    </message>
</context>
<context>
    <name>Skylight::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Skylight</source>
        <translation>Ü&amp;ber Skylight</translation>
    </message>
    <message>
        <source>About Skylight</source>
        <translation>Über Skylight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Skylight %1&lt;/h3&gt;&lt;p&gt;A browser for the virtual-machine images of OpenStack-compatible clouds.&lt;/p&gt;&lt;p&gt;Commit %2&lt;br&gt;Qt %3 (built with Qt %4)&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, Version 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Skylight %1&lt;/h3&gt;&lt;p&gt;Ein Browser für die Images virtueller Maschinen OpenStack-kompatibler Clouds.&lt;/p&gt;&lt;p&gt;Commit %2&lt;br&gt;Qt %3 (gebaut mit Qt %4)&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License, Version 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Skylight::HttpImageAdapter</name>
    <message>
        <source>No image with ID %1 exists at %2.</source>
        <translation>Unter %2 gibt es kein Image mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>Skylight::HttpJob</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid http or https URL.</source>
        <translation>Die Adresse „%1“ ist keine gültige http- oder https-URL.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s: the request timed out. Check the network or raise --timeout.</source>
        <translation>%1 hat %2 s lang nichts gesendet: Zeitüberschreitung der Anfrage. Prüfen Sie das Netzwerk oder erhöhen Sie --timeout.</translation>
    </message>
    <message>
        <source>The response from %1 is larger than %2 MB, more than any image listing needs: refused.</source>
        <translation>Die Antwort von %1 ist größer als %2 MB, mehr als jede Image-Liste braucht: abgelehnt.</translation>
    </message>
    <message>
        <source>%1 closed the connection early: %2 of %3 bytes arrived.</source>
        <translation>%1 hat die Verbindung vorzeitig geschlossen: %2 von %3 Bytes sind angekommen.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2) but no usable Location.</source>
        <translation>%1 hat mit einer Umleitung (HTTP %2), aber ohne brauchbare Location geantwortet.</translation>
    </message>
    <message>
        <source>Too many redirects (more than %1), starting at %2.</source>
        <translation>Zu viele Umleitungen (mehr als %1), beginnend bei %2.</translation>
    </message>
    <message>
        <source>Refused a redirect to the unsupported scheme &quot;%1&quot;.</source>
        <translation>Umleitung auf das nicht unterstützte Schema „%1“ abgelehnt.</translation>
    </message>
    <message>
        <source>Refused a redirect from https to plain http (%1).</source>
        <translation>Umleitung von https auf unverschlüsseltes http abgelehnt (%1).</translation>
    </message>
    <message>
        <source>%1 refused the connection: check the endpoint URL and that the service is running.</source>
        <translation>%1 hat die Verbindung abgelehnt: Prüfen Sie die Endpunkt-URL und ob der Dienst läuft.</translation>
    </message>
    <message>
        <source>The host %1 was not found: check the endpoint URL and your DNS.</source>
        <translation>Der Host %1 wurde nicht gefunden: Prüfen Sie die Endpunkt-URL und Ihr DNS.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Zeitüberschreitung der Verbindung zu %1.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Check the certificate, or pass --cacert.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2). Prüfen Sie das Zertifikat oder geben Sie --cacert an.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2.</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the end of the response (chunked body without its final chunk).</source>
        <translation>%1 hat die Verbindung vor dem Ende der Antwort geschlossen (Chunked-Body ohne seinen letzten Chunk).</translation>
    </message>
    <message>
        <source>%1 did not send the response headers within %2 s: the server is too slow; giving up.</source>
        <translation>%1 hat die Antwort-Header nicht innerhalb von %2 s gesendet: Der Server ist zu langsam; Abbruch.</translation>
    </message>
    <message>
        <source>%1 sent only %2 in the last %3 s (under %4/s): the transfer is too slow; giving up.</source>
        <translation>%1 hat in den letzten %3 s nur %2 gesendet (unter %4/s): Die Übertragung ist zu langsam; Abbruch.</translation>
    </message>
    <message>
        <source>%1 did not complete its response headers within %2 s of the request (it sent nothing, or headers that never end): the request timed out. Check the network or raise --timeout.</source>
        <translation>%1 hat seine Antwort-Header nicht innerhalb von %2 s nach der Anfrage abgeschlossen (nichts gesendet oder Header ohne Ende): Zeitüberschreitung der Anfrage. Prüfen Sie das Netzwerk oder erhöhen Sie --timeout.</translation>
    </message>
    <message>
        <source>%1 announced an invalid size (Content-Length &quot;%2&quot;): the response cannot be read reliably; refused.</source>
        <translation>%1 hat eine ungültige Größe angekündigt (Content-Length „%2“): die Antwort kann nicht zuverlässig gelesen werden; abgelehnt.</translation>
    </message>
    <message>
        <source>The response from %1 announces %2, more than the %3 MB any image listing needs: refused without reading it.</source>
        <translation>Die Antwort von %1 kündigt %2 an, mehr als die %3 MB, die eine Image-Liste je braucht: abgelehnt, ohne sie zu lesen.</translation>
    </message>
    <message>
        <source>%1 sent a chunked response without any data: its chunked encoding was malformed or cut short.</source>
        <translation>%1 hat eine Antwort in Chunks ohne Daten gesendet: ihre Chunk-Kodierung war fehlerhaft oder abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 reset the connection after the request was sent, before answering.</source>
        <translation>%1 hat die Verbindung nach dem Senden der Anfrage zurückgesetzt, bevor es antwortete.</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageAdapter</name>
    <message>
        <source>The token was refused, and a token given on its own cannot be renewed.</source>
        <translation>Das Token wurde abgelehnt, und ein allein angegebenes Token kann nicht erneuert werden.</translation>
    </message>
    <message>
        <source>This cloud speaks %1, which has no %2: only the Image API v2 (glance-v2) tells it.</source>
        <translation>Diese Cloud spricht %1, also eine API ohne %2: Nur die Image API v2 (glance-v2) liefert diese Angaben.</translation>
    </message>
    <message>
        <source>image stores</source>
        <translation>Image-Speicher</translation>
    </message>
    <message>
        <source>import methods</source>
        <translation>Importmethoden</translation>
    </message>
    <message>
        <source>quota usage</source>
        <translation>Kontingentnutzung</translation>
    </message>
    <message>
        <source>image tasks</source>
        <translation>Image-Aufgaben</translation>
    </message>
    <message>
        <source>image schema</source>
        <translation>Image-Schema</translation>
    </message>
    <message>
        <source>This cloud speaks %1, which has no image sharing: image members and their acceptance are a feature of the Image API v2 (glance-v2).</source>
        <translation>Diese Cloud spricht %1, also eine API ohne Image-Freigaben: Image-Mitglieder und ihre Annahme sind eine Funktion der Image API v2 (glance-v2).</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageDetailsView</name>
    <message>
        <source>Image details</source>
        <translation>Image-Details</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Filter properties</source>
        <translation>Eigenschaften filtern</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Antwort im Rohformat</translation>
    </message>
    <message>
        <source>The image&apos;s own response from the server appears here once it has arrived.</source>
        <translation>Die eigene Antwort des Servers zu diesem Image erscheint hier, sobald sie angekommen ist.</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>&amp;Roh</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <source>Double-click or press Enter: self and file links act in Skylight, addresses of the cloud&apos;s API are copied (they need a token), web pages open in your web browser.</source>
        <translation>Doppelklick oder Eingabetaste: self- und file-Links wirken in Skylight, Adressen der API der Cloud werden kopiert (sie erfordern ein Token), Webseiten öffnen sich im Webbrowser.</translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation>Kein Image ausgewählt</translation>
    </message>
    <message>
        <source>Image details tabs</source>
        <translation>Reiter der Image-Details</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageListLoader</name>
    <message>
        <source>Page %1 of the list: %2</source>
        <translation>Seite %1 der Liste: %2</translation>
    </message>
    <message>
        <source>The server sent an empty page (page %1) that still points to a next page; the list stops at %2 images.</source>
        <translation>Der Server hat eine leere Seite (Seite %1) gesendet, die dennoch auf eine nächste Seite verweist; die Liste endet bei %2 Images.</translation>
    </message>
    <message>
        <source>The server&apos;s paging went in a circle: page %1 points to a page asked for before; the list stops at %2 images.</source>
        <translation>Das Blättern des Servers lief im Kreis: Seite %1 verweist auf eine schon abgefragte Seite; die Liste endet bei %2 Images.</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageSchema</name>
    <message>
        <source>property &quot;%1&quot; has no usable schema</source>
        <translation>Eigenschaft „%1“ hat kein verwendbares Schema</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; is beyond the %2 properties read</source>
        <translation>Eigenschaft „%1“ liegt jenseits der %2 gelesenen Eigenschaften</translation>
    </message>
    <message>
        <source>The image schema from the server has no &quot;properties&quot; object.</source>
        <translation>Das Image-Schema vom Server hat kein „properties“-Objekt.</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageSharingController</name>
    <message>
        <source>Entries left out of the server&apos;s answer: %1 (%2).</source>
        <translation>Aus der Antwort des Servers ausgelassene Einträge: %1 (%2).</translation>
    </message>
    <message>
        <source>This cloud&apos;s API (%1) has no image sharing: image members, and the answers of the projects an image is shared with, are a feature of the Image API v2.</source>
        <translation>Die API dieser Cloud (%1) kennt kein Teilen von Images: Image-Mitglieder und die Antworten der Projekte, mit denen ein Image geteilt ist, sind eine Funktion der Image API v2.</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Mitglieder werden geladen …</translation>
    </message>
    <message>
        <source>The image&apos;s members could not be read: %1</source>
        <translation>Die Mitglieder des Images konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This image is not shared with other projects, so it has no members. The server says: %1</source>
        <translation>Dieses Image ist nicht mit anderen Projekten geteilt und hat daher keine Mitglieder. Der Server sagt: %1</translation>
    </message>
    <message>
        <source>Shared with your project (%1) by project %2. Your project&apos;s answer: %3.</source>
        <translation>Vom Projekt %2 mit Ihrem Projekt (%1) geteilt. Antwort Ihres Projekts: %3.</translation>
    </message>
    <message>
        <source>Until your project accepts it, the image is not listed with your project&apos;s images.</source>
        <translation>Solange Ihr Projekt es nicht annimmt, wird das Image nicht bei den Images Ihres Projekts aufgelistet.</translation>
    </message>
    <message>
        <source>The server lists one membership of this image: project %1, %2. If that is your project, you can accept or reject the share; if the image is yours, only that project can answer.</source>
        <translation>Der Server listet eine Mitgliedschaft dieses Images auf: Projekt %1, %2. Ist das Ihr Projekt, können Sie die Freigabe annehmen oder ablehnen; gehört das Image Ihnen, kann nur jenes Projekt antworten.</translation>
    </message>
    <message>
        <source>This image is shared, but with no project yet.</source>
        <translation>Dieses Image ist geteilt, aber noch mit keinem Projekt.</translation>
    </message>
    <message>
        <source>Projects this image is shared with: %1. Each answers for itself.</source>
        <translation>Projekte, mit denen dieses Image geteilt ist: %1. Jedes antwortet für sich.</translation>
    </message>
    <message>
        <source>Rejecting the share…</source>
        <translation>Freigabe wird abgelehnt …</translation>
    </message>
    <message>
        <source>Accepting the share…</source>
        <translation>Freigabe wird angenommen …</translation>
    </message>
    <message>
        <source>The answer was not taken: %1</source>
        <translation>Die Antwort wurde nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Shared with your project (%1) by a project the server does not name. Your project&apos;s answer: %2.</source>
        <translation>Mit Ihrem Projekt (%1) von einem Projekt geteilt, das der Server nicht nennt. Antwort Ihres Projekts: %2.</translation>
    </message>
    <message>
        <source>Another image was selected while you were asked: nothing was sent.</source>
        <translation>Während der Rückfrage wurde ein anderes Image ausgewählt: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The answer to the share of %1 was not taken: %2</source>
        <translation>Die Antwort auf die Freigabe von %1 wurde nicht angenommen: %2</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageSharingTab</name>
    <message>
        <source>Accept Share</source>
        <translation>Freigabe annehmen</translation>
    </message>
    <message>
        <source>Reject Share…</source>
        <translation>Freigabe ablehnen …</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Sharing message</source>
        <translation>Meldung zum Teilen</translation>
    </message>
    <message>
        <source>Sharing summary</source>
        <translation>Zusammenfassung zum Teilen</translation>
    </message>
    <message>
        <source>Accept share</source>
        <translation>Freigabe annehmen</translation>
    </message>
    <message>
        <source>Accept the image shared with your project: it is then listed with your project&apos;s images.</source>
        <translation>Das mit Ihrem Projekt geteilte Image annehmen: Es wird dann bei den Images Ihres Projekts aufgelistet.</translation>
    </message>
    <message>
        <source>Reject share</source>
        <translation>Freigabe ablehnen</translation>
    </message>
    <message>
        <source>Reject the image shared with your project: it is no longer listed with your project&apos;s images (you can still accept it later).</source>
        <translation>Das mit Ihrem Projekt geteilte Image ablehnen: Es wird nicht mehr bei den Images Ihres Projekts aufgelistet (Sie können es später noch annehmen).</translation>
    </message>
    <message>
        <source>Reject Share</source>
        <translation>Freigabe ablehnen</translation>
    </message>
    <message>
        <source>Reject this image for your project? It is then no longer listed with your project&apos;s images. Nothing is deleted, and you can accept the share later.</source>
        <translation>Dieses Image für Ihr Projekt ablehnen? Es wird dann nicht mehr bei den Images Ihres Projekts aufgelistet. Es wird nichts gelöscht, und Sie können die Freigabe später annehmen.</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageStoreList</name>
    <message>
        <source>The store list from the server has no &quot;stores&quot; array.</source>
        <translation>Die Speicherliste vom Server hat kein „stores“-Array.</translation>
    </message>
    <message>
        <source>entry %1 is beyond the %2 stores read</source>
        <translation>Eintrag %1 liegt jenseits der %2 gelesenen Speicher</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageTableModel</name>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>Datenträgerformat</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Min disk</source>
        <translation>Min. Datenträger</translation>
    </message>
    <message>
        <source>Min RAM</source>
        <translation>Min. RAM</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Virtual size</source>
        <translation>Virt. Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Shared with your project, not answered yet: Accept or Reject in the Sharing tab</source>
        <translation>Mit Ihrem Projekt geteilt, noch nicht beantwortet: Annehmen oder Ablehnen im Reiter Teilen</translation>
    </message>
    <message>
        <source>Shared with your project, rejected: Accept in the Sharing tab to list it again</source>
        <translation>Mit Ihrem Projekt geteilt, abgelehnt: im Reiter Teilen annehmen, um es wieder aufzulisten</translation>
    </message>
    <message>
        <source>Hidden: left out of the default listing (os_hidden)</source>
        <translation>Verborgen: in der Standardliste nicht enthalten (os_hidden)</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageTableView</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageTaskList</name>
    <message>
        <source>The task list from the server has no &quot;tasks&quot; array.</source>
        <translation>Die Aufgabenliste vom Server hat kein „tasks“-Array.</translation>
    </message>
    <message>
        <source>entry %1 is beyond the %2 tasks read</source>
        <translation>Eintrag %1 liegt jenseits der %2 gelesenen Aufgaben</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageTasksController</name>
    <message>
        <source>Loading tasks…</source>
        <translation>Aufgaben werden geladen …</translation>
    </message>
    <message>
        <source>The image&apos;s tasks could not be read: %1</source>
        <translation>Die Aufgaben des Images konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageTasksTab</name>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Stores being imported to</source>
        <translation>Speicher, in die importiert wird</translation>
    </message>
    <message>
        <source>Stores the import failed for</source>
        <translation>Speicher, für die der Import fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Tasks message</source>
        <translation>Meldung zu Aufgaben</translation>
    </message>
    <message>
        <source>Importing to stores: %1</source>
        <translation>Import in die Speicher läuft: %1</translation>
    </message>
    <message>
        <source>Failed to import to: %1</source>
        <translation>Import fehlgeschlagen für: %1</translation>
    </message>
    <message>
        <source>The server lists no import or copy tasks for this image.</source>
        <translation>Der Server listet für dieses Image keine Import- oder Kopieraufgaben auf.</translation>
    </message>
    <message>
        <source>Entries left out of the server&apos;s answer: %1 (%2).</source>
        <translation>Aus der Antwort des Servers ausgelassene Einträge: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageUsage</name>
    <message>
        <source>The quota usage from the server has no &quot;usage&quot; object.</source>
        <translation>Die Kontingentnutzung vom Server hat kein „usage“-Objekt.</translation>
    </message>
    <message>
        <source>quota &quot;%1&quot; has neither a limit nor a usage</source>
        <translation>Kontingent „%1“ hat weder ein Limit noch eine Nutzung</translation>
    </message>
    <message>
        <source>quota &quot;%1&quot; is beyond the %2 quotas read</source>
        <translation>Kontingent „%1“ liegt jenseits der %2 gelesenen Kontingente</translation>
    </message>
</context>
<context>
    <name>Skylight::ImportInfo</name>
    <message>
        <source>The import information from the server has no &quot;import-methods&quot; list.</source>
        <translation>Die Importinformationen vom Server haben keine „import-methods“-Liste.</translation>
    </message>
</context>
<context>
    <name>Skylight::InspectController</name>
    <message>
        <source>In&amp;spect</source>
        <translation>&amp;Untersuchen</translation>
    </message>
    <message>
        <source>Inspection is not available in this version of Skylight.</source>
        <translation>Die Untersuchung ist in dieser Version von Skylight nicht verfügbar.</translation>
    </message>
    <message>
        <source>Select an image to inspect what is inside it.</source>
        <translation>Wählen Sie ein Image, um zu untersuchen, was darin steckt.</translation>
    </message>
    <message>
        <source>Only active images have data to inspect; %1 is %2.</source>
        <translation>Nur aktive Images haben Daten zum Untersuchen; %1 ist %2.</translation>
    </message>
    <message>
        <source>Only active images have data to inspect; the status of %1 is unknown.</source>
        <translation>Nur aktive Images haben Daten zum Untersuchen; der Status von %1 ist unbekannt.</translation>
    </message>
    <message>
        <source>%1 has no data to inspect.</source>
        <translation>%1 hat keine Daten zum Untersuchen.</translation>
    </message>
    <message>
        <source>Inspecting %1…</source>
        <translation>%1 wird untersucht …</translation>
    </message>
    <message>
        <source>Read the start of the selected image&apos;s data and tell what is inside it: its format, its size and whether it is safe (Ctrl+Shift+I)</source>
        <translation>Den Anfang der Daten des gewählten Images lesen und zeigen, was darin steckt: Format, Größe und ob es sicher ist (Strg+Umschalt+I)</translation>
    </message>
</context>
<context>
    <name>Skylight::JsonPayload</name>
    <message>
        <source>%1 sent an empty response for %2.</source>
        <translation>%1 hat für %2 eine leere Antwort gesendet.</translation>
    </message>
    <message>
        <source>%1 answered %2 with a web page instead of JSON: check that the endpoint is the image service.</source>
        <translation>%1 hat %2 mit einer Webseite statt JSON beantwortet: Prüfen Sie, ob der Endpunkt der Image-Dienst ist.</translation>
    </message>
    <message>
        <source>%1 sent malformed JSON for %2 (%3 at byte %4).</source>
        <translation>%1 hat für %2 fehlerhaftes JSON gesendet (%3 bei Byte %4).</translation>
    </message>
    <message>
        <source>%1 sent JSON for %2 that is not an object.</source>
        <translation>%1 hat für %2 JSON gesendet, das kein Objekt ist.</translation>
    </message>
    <message>
        <source>The image list from the server has no &quot;%1&quot; array.</source>
        <translation>Die Image-Liste vom Server hat kein „%1“-Array.</translation>
    </message>
    <message>
        <source>%1 sent JSON for %2 that nests deeper than %3 levels; refused.</source>
        <translation>%1 hat für %2 JSON gesendet, das tiefer als %3 Ebenen verschachtelt ist; abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Skylight::KeyValueTableModel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>A field of the cloud&apos;s image schema</source>
        <translation>Ein Feld des Image-Schemas der Cloud</translation>
    </message>
    <message>
        <source>A custom property: set by the image&apos;s owner or by a service</source>
        <translation>Eine eigene Eigenschaft: vom Eigentümer des Images oder von einem Dienst gesetzt</translation>
    </message>
    <message>
        <source>A system property (os_glance_*): set by the Image service itself</source>
        <translation>Eine Systemeigenschaft (os_glance_*): vom Image-Dienst selbst gesetzt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>Skylight::KeystoneAuthenticator</name>
    <message>
        <source>the sign-in</source>
        <translation>die Anmeldung</translation>
    </message>
    <message>
        <source>The identity service answered without a token (X-Subject-Token).</source>
        <translation>Der Identitätsdienst hat ohne Token geantwortet (X-Subject-Token).</translation>
    </message>
    <message>
        <source>The identity service answered without access.token.id.</source>
        <translation>Der Identitätsdienst hat ohne access.token.id geantwortet.</translation>
    </message>
    <message>
        <source>The identity service refused the sign-in: check the user name, the password (or key) and the project.</source>
        <translation>Der Identitätsdienst hat die Anmeldung abgelehnt: Prüfen Sie Benutzername, Passwort (oder Schlüssel) und Projekt.</translation>
    </message>
    <message>
        <source>No password to sign in with: give it once (skylight-cli login, or secure.yaml).</source>
        <translation>Kein Passwort zum Anmelden: Geben Sie es einmal an (skylight-cli login oder secure.yaml).</translation>
    </message>
    <message>
        <source>No application credential secret to sign in with: give it once (skylight-cli login, or secure.yaml).</source>
        <translation>Kein Anwendungsgeheimnis zum Anmelden: Geben Sie es einmal an (skylight-cli login oder secure.yaml).</translation>
    </message>
    <message>
        <source>No token to sign in with: give it once (skylight-cli login, or secure.yaml).</source>
        <translation>Kein Token zum Anmelden: Geben Sie es einmal an (skylight-cli login oder secure.yaml).</translation>
    </message>
    <message>
        <source>No API key to sign in with: give it once (skylight-cli login, or secure.yaml).</source>
        <translation>Kein API-Schlüssel zum Anmelden: Geben Sie ihn einmal an (skylight-cli login oder secure.yaml).</translation>
    </message>
</context>
<context>
    <name>Skylight::LinkOpener</name>
    <message>
        <source>%1 is an address of the cloud&apos;s API: it needs a token, which a web browser does not have. The address was copied.</source>
        <translation>%1 ist eine Adresse der API der Cloud: Sie erfordert ein Token, das ein Webbrowser nicht hat. Die Adresse wurde kopiert.</translation>
    </message>
    <message>
        <source>Skylight opens only web links in the browser; this one is %1.</source>
        <translation>Skylight öffnet nur Weblinks im Browser; dieser ist %1.</translation>
    </message>
    <message>
        <source>No web browser could open %1.</source>
        <translation>Kein Webbrowser konnte %1 öffnen.</translation>
    </message>
</context>
<context>
    <name>Skylight::LinkTableModel</name>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>Skylight::MainWindow</name>
    <message>
        <source>No cloud chosen. Start Skylight with --demo to browse the built-in demo cloud, or with --endpoint URL (token in OS_TOKEN).</source>
        <translation>Keine Cloud gewählt. Starten Sie Skylight mit --demo für die eingebaute Demo-Cloud oder mit --endpoint URL (Token in OS_TOKEN).</translation>
    </message>
    <message>
        <source>Skylight</source>
        <translation>Skylight</translation>
    </message>
    <message>
        <source>Clouds</source>
        <translation>Clouds</translation>
    </message>
    <message>
        <source>Not signed in to %1. Choose Sign In in the cloud list to try again.</source>
        <translation>Nicht bei %1 angemeldet. Wählen Sie „Anmelden“ in der Cloud-Liste, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 — Skylight</source>
        <translation>%1 — Skylight</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen …</translation>
    </message>
    <message>
        <source>Download the selected image&apos;s binary, verified and resumable (Ctrl+D)</source>
        <translation>Die Daten des gewählten Images herunterladen, geprüft und fortsetzbar (Strg+D)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the image list (Ctrl+R)</source>
        <translation>Image-Liste neu laden (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>Demo cloud</source>
        <translation>Demo-Cloud</translation>
    </message>
    <message>
        <source>Demo cloud badge</source>
        <translation>Hinweis auf die Demo-Cloud</translation>
    </message>
    <message>
        <source>You are browsing Skylight&apos;s built-in demo cloud, served from this computer.</source>
        <translation>Sie sehen die eingebaute Demo-Cloud von Skylight, die von diesem Computer bereitgestellt wird.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>C&amp;louds</source>
        <translation>C&amp;louds</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <source>Show De&amp;tails</source>
        <translation>&amp;Details zeigen</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Do&amp;wnloads</source>
        <translation>Do&amp;wnloads</translation>
    </message>
    <message>
        <source>%1 is no longer on the cloud: it was deleted.</source>
        <translation>%1 ist nicht mehr in der Cloud: Das Image wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>Skylight::MemberTableModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Member (project ID)</source>
        <translation>Mitglied (Projekt-ID)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Skylight::MembershipChange</name>
    <message>
        <source>Image %1 is not shared, so there is no share to accept or reject: %2</source>
        <translation>Das Image %1 ist nicht geteilt, also gibt es keine Freigabe zum Annehmen oder Ablehnen: %2</translation>
    </message>
    <message>
        <source>Image %1 is not shared with your project %2: it is not among the image&apos;s members.</source>
        <translation>Das Image %1 ist nicht mit Ihrem Projekt %2 geteilt: Es ist nicht unter den Mitgliedern des Images.</translation>
    </message>
    <message>
        <source>Image %1 is not shared with your project: the server lists no membership of it.</source>
        <translation>Das Image %1 ist nicht mit Ihrem Projekt geteilt: Der Server listet keine Mitgliedschaft darin auf.</translation>
    </message>
    <message>
        <source>The server lists %1 members of image %2, as it does for the image&apos;s owner only: an owner cannot accept or reject a share, its members do. If your project is one of them, give your project&apos;s ID.</source>
        <translation>Der Server listet %1 Mitglieder des Images %2 auf, wie er es nur für den Eigentümer des Images tut: Ein Eigentümer kann keine Freigabe annehmen oder ablehnen, das tun seine Mitglieder. Wenn Ihr Projekt eines davon ist, geben Sie die ID Ihres Projekts an.</translation>
    </message>
</context>
<context>
    <name>Skylight::MetadefNamespace</name>
    <message>
        <source>The metadata definitions from the server have no &quot;namespaces&quot; array.</source>
        <translation>Die Metadatendefinitionen vom Server haben kein „namespaces“-Array.</translation>
    </message>
</context>
<context>
    <name>Skylight::OverviewModel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Skylight::OverviewRows</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Virtual size</source>
        <translation>Virt. Größe</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>Datenträgerformat</translation>
    </message>
    <message>
        <source>Container format</source>
        <translation>Containerformat</translation>
    </message>
    <message>
        <source>Minimum disk</source>
        <translation>Minimaler Datenträger</translation>
    </message>
    <message>
        <source>Minimum RAM</source>
        <translation>Minimaler RAM</translation>
    </message>
    <message>
        <source>Checksum (MD5)</source>
        <translation>Prüfsumme (MD5)</translation>
    </message>
    <message>
        <source>Hash algorithm</source>
        <translation>Hash-Algorithmus</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Custom properties</source>
        <translation>Eigene Eigenschaften</translation>
    </message>
    <message>
        <source>API dialect</source>
        <translation>API-Dialekt</translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 Byte</numerusform>
            <numerusform>%1 Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>%1 the size in units (&quot;12.6 MiB&quot;), %2 the exact number of bytes (&quot;13,167,616&quot;)</extracomment>
        <translation>
            <numerusform>%1 (%2 Byte)</numerusform>
            <numerusform>%1 (%2 Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>ahead of this computer&apos;s clock</source>
        <translation>der Uhr dieses Computers voraus</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a date and time (&quot;29/11/2026 14:03&quot;), %2 its age (&quot;3 days ago&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Instance snapshot</source>
        <translation>Instanz-Snapshot</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a percentage: %1 the number</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <extracomment>what separates the tags of an image in a list (&quot;a, b, c&quot;; Chinese: 、)</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message>
        <source>System properties</source>
        <translation>Systemeigenschaften</translation>
    </message>
</context>
<context>
    <name>Skylight::QueryProblem</name>
    <message>
        <source>“%1” is left out: only %2 can be compared with &lt;, &lt;=, &gt;, &gt;=, = or !=.</source>
        <translation>„%1“ wird ignoriert: Nur %2 lassen sich mit &lt;, &lt;=, &gt;, &gt;=, = oder != vergleichen.</translation>
    </message>
    <message>
        <source>“%1” is left out: a value must follow the comparison.</source>
        <translation>„%1“ wird ignoriert: Auf den Vergleich muss ein Wert folgen.</translation>
    </message>
    <message>
        <source>“%1” is left out: “%2” is not a number such as 10, 512M or 1.5G.</source>
        <translation>„%1“ wird ignoriert: „%2“ ist keine Zahl wie 10, 512M oder 1.5G.</translation>
    </message>
    <message>
        <source>“%1” is left out: “%2” is not a date such as 2024-01-01 or 2025-06-01T12:00Z.</source>
        <translation>„%1“ wird ignoriert: „%2“ ist kein Datum wie 2024-01-01 oder 2025-06-01T12:00Z.</translation>
    </message>
    <message>
        <source>“%1” is left out: sizes are not negative.</source>
        <translation>„%1“ wird ignoriert: Größen sind nie negativ.</translation>
    </message>
    <message>
        <source>“%1” is left out: “%2” is too large.</source>
        <translation>„%1“ wird ignoriert: „%2“ ist zu groß.</translation>
    </message>
</context>
<context>
    <name>Skylight::QuotaRow</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Total size</source>
        <translation>Gesamtgröße</translation>
    </message>
    <message>
        <source>Staging area</source>
        <translation>Staging-Bereich</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Laufende Uploads</translation>
    </message>
    <message>
        <source>%1 used, unlimited</source>
        <translation>%1 genutzt, unbegrenzt</translation>
    </message>
    <message>
        <source>%1 used, no limit given</source>
        <translation>%1 genutzt, kein Limit angegeben</translation>
    </message>
    <message>
        <source>Unlimited, usage not given</source>
        <translation>Unbegrenzt, Nutzung nicht angegeben</translation>
    </message>
    <message>
        <source>Neither usage nor limit given</source>
        <translation>Weder Nutzung noch Limit angegeben</translation>
    </message>
    <message>
        <source>Usage not given, limit %1</source>
        <translation>Nutzung nicht angegeben, Limit %1</translation>
    </message>
    <message>
        <source>%1 of %2: over the limit</source>
        <translation>%1 von %2: über dem Limit</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Skylight::RemoteInspection</name>
    <message>
        <source>This image&apos;s store serves no byte ranges (learnt earlier): the image is read from its start until the verdict is taken.</source>
        <translation>Der Speicher dieses Images liefert keine Byte-Bereiche (zuvor festgestellt): Das Image wird von Anfang an gelesen, bis das Urteil feststeht.</translation>
    </message>
    <message numerus="yes">
        <source>The inspection stopped after %n requests without a verdict.</source>
        <translation>
            <numerusform>Die Untersuchung wurde nach %n Anfrage ohne Urteil beendet.</numerusform>
            <numerusform>Die Untersuchung wurde nach %n Anfragen ohne Urteil beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered a range request with Content-Range &quot;%1&quot;, not the bytes asked for.</source>
        <translation>Der Server hat eine Bereichsanfrage mit Content-Range „%1“ beantwortet, nicht mit den angefragten Bytes.</translation>
    </message>
    <message>
        <source>The server ignores byte ranges (it sent the whole image): the image is read from its start until the verdict is taken.</source>
        <translation>Der Server ignoriert Byte-Bereiche (er hat das ganze Image gesendet): Das Image wird von Anfang an gelesen, bis das Urteil feststeht.</translation>
    </message>
    <message>
        <source>The verdict needs the end of the image and the server serves no byte ranges: reading on (at most %1).</source>
        <translation>Das Urteil braucht das Ende des Images, und der Server liefert keine Byte-Bereiche: Es wird weitergelesen (höchstens %1).</translation>
    </message>
    <message>
        <source>The verdict needs the end of the image and the server serves no byte ranges: reading on, to the end if need be.</source>
        <translation>Das Urteil braucht das Ende des Images, und der Server liefert keine Byte-Bereiche: Es wird weitergelesen, notfalls bis zum Ende.</translation>
    </message>
    <message>
        <source>The inspection stopped after reading %1 without ranges: the verdict is incomplete.</source>
        <translation>Die Untersuchung wurde nach %1 ohne Bereiche gelesenen Daten beendet: Das Urteil ist unvollständig.</translation>
    </message>
    <message>
        <source>The server refuses byte ranges for this image (HTTP %1): the image is read from its start until the verdict is taken.</source>
        <translation>Der Server verweigert Byte-Bereiche für dieses Image (HTTP %1): Das Image wird von Anfang an gelesen, bis das Urteil feststeht.</translation>
    </message>
    <message>
        <source>The server has no data for this image.</source>
        <translation>Der Server hat keine Daten für dieses Image.</translation>
    </message>
    <message>
        <source>The server did not say the image&apos;s size: its end could not be read.</source>
        <translation>Der Server hat die Größe des Images nicht angegeben: Sein Ende konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The inspection stopped after reading %1: the verdict is incomplete.</source>
        <translation>Die Untersuchung wurde nach %1 gelesenen Daten beendet: Das Urteil ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>Skylight::RenewingAdapter</name>
    <message>
        <source>The token was refused, and the cloud was signed out or moved to another address.</source>
        <translation>Das Token wurde abgelehnt, und die Cloud wurde abgemeldet oder ist unter eine andere Adresse umgezogen.</translation>
    </message>
    <message>
        <source>The token was refused, and signing in to %1 again waits for a new secret: choose Sign In in the cloud list.</source>
        <translation>Das Token wurde abgelehnt, und die erneute Anmeldung bei %1 wartet auf neue Zugangsdaten: Wählen Sie „Anmelden“ in der Cloud-Liste.</translation>
    </message>
    <message>
        <source>The token was refused; signing in again needs the password.</source>
        <translation>Das Token wurde abgelehnt; die erneute Anmeldung benötigt das Passwort.</translation>
    </message>
    <message>
        <source>The token was refused; signing in again needs the application credential secret.</source>
        <translation>Das Token wurde abgelehnt; die erneute Anmeldung benötigt das Anwendungsgeheimnis.</translation>
    </message>
    <message>
        <source>The token was refused; signing in again needs a token.</source>
        <translation>Das Token wurde abgelehnt; die erneute Anmeldung benötigt ein Token.</translation>
    </message>
    <message>
        <source>The token was refused; signing in again needs the API key.</source>
        <translation>Das Token wurde abgelehnt; die erneute Anmeldung benötigt den API-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>Skylight::SaveImageDialog</name>
    <message>
        <source>Store:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>Any (the cloud chooses)</source>
        <translation>Beliebig (die Cloud wählt)</translation>
    </message>
    <message>
        <source>This cloud&apos;s Image API offers no choice of the store a download is served from: the cloud picks one itself.</source>
        <translation>Die Image-API dieser Cloud lässt nicht wählen, aus welchem Speicher ein Download kommt: Die Cloud wählt ihn selbst.</translation>
    </message>
</context>
<context>
    <name>Skylight::ScopeController</name>
    <message>
        <source>This cloud&apos;s image API (%1) has no visibility scope: the server decides which images it lists. Type visibility:public, for instance, to filter the images listed.</source>
        <translation>Die Image-API dieser Cloud (%1) kennt keinen Sichtbarkeitsbereich: Welche Images sie auflistet, bestimmt sie selbst. Geben Sie zum Beispiel visibility:public ein, um die aufgelisteten Images zu filtern.</translation>
    </message>
    <message>
        <source>Set by the filter box; without its terms, back to %1.</source>
        <translation>Vom Filterfeld gesetzt; ohne dessen Begriffe wieder %1.</translation>
    </message>
    <message>
        <source>Listing from the server with the visibility scope %1, as the filter asks; without its terms, the scope goes back to %2.</source>
        <translation>Der Server listet mit dem Sichtbarkeitsbereich %1 auf, wie der Filter es verlangt; ohne dessen Begriffe geht der Bereich zurück auf %2.</translation>
    </message>
</context>
<context>
    <name>Skylight::ScopeSelector</name>
    <message>
        <source>Visibilit&amp;y scope:</source>
        <translation>&amp;Sichtbarkeitsbereich:</translation>
    </message>
    <message>
        <source>Visibility scope</source>
        <translation>Sichtbarkeitsbereich</translation>
    </message>
    <message>
        <source>Which images the server lists: the project&apos;s, shared, public, community or all</source>
        <translation>Welche Images der Server auflistet: die des Projekts, geteilte, öffentliche, Community- oder alle</translation>
    </message>
    <message>
        <source>Default (project, public, shared)</source>
        <translation>Standard (Projekt, öffentlich, geteilt)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Shared with the project</source>
        <translation>Mit dem Projekt geteilt</translation>
    </message>
    <message>
        <source>Shared, awaiting acceptance</source>
        <translation>Geteilt, Annahme ausstehend</translation>
    </message>
    <message>
        <source>Shared, rejected</source>
        <translation>Geteilt, abgelehnt</translation>
    </message>
    <message>
        <source>Shared, any member status</source>
        <translation>Geteilt, beliebiger Mitgliedsstatus</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>All (with community)</source>
        <translation>Alle (mit Community)</translation>
    </message>
    <message>
        <source>As typed: %1</source>
        <translation>Wie eingegeben: %1</translation>
    </message>
    <message>
        <source>Which images the server lists. Community images of other projects are listed only with Community or All.</source>
        <translation>Welche Images der Server auflistet. Community-Images anderer Projekte werden nur mit „Community“ oder „Alle“ aufgelistet.</translation>
    </message>
    <message>
        <source>Show hi&amp;dden</source>
        <translation>&amp;Verborgene anzeigen</translation>
    </message>
    <message>
        <source>Show hidden images</source>
        <translation>Verborgene Images anzeigen</translation>
    </message>
    <message>
        <source>Lists the images hidden from default listings (os_hidden) after the others, marked as hidden</source>
        <translation>Listet die in Standardauflistungen verborgenen Images (os_hidden) nach den übrigen auf, als verborgen markiert</translation>
    </message>
    <message>
        <source>Also lists the images their owners hid from default listings (os_hidden), after the others and in italics.</source>
        <translation>Listet auch die Images auf, die ihre Eigentümer in Standardauflistungen verborgen haben (os_hidden), nach den übrigen und kursiv.</translation>
    </message>
</context>
<context>
    <name>Skylight::ScreenshotTour</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No folder to download into for the transfers picture.</source>
        <translation>Kein Ordner, in den für das Bildschirmfoto der Downloads heruntergeladen werden kann.</translation>
    </message>
    <message>
        <source>The demo cloud&apos;s images could not be downloaded for the transfers picture.</source>
        <translation>Die Images der Demo-Cloud konnten für das Bildschirmfoto der Downloads nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>The downloads for the transfers picture did not finish in time.</source>
        <translation>Die Downloads für das Bildschirmfoto der Downloads wurden nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <source>Could not write the picture %1.</source>
        <translation>Das Bild %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The window has no visibility scope to show.</source>
        <translation>Das Fenster hat keinen Sichtbarkeitsbereich, der gezeigt werden kann.</translation>
    </message>
    <message>
        <source>Skylight</source>
        <translation>Skylight</translation>
    </message>
    <message>
        <source>Inspection is not available: contents-unsafe.png is left out.</source>
        <translation>Die Untersuchung ist nicht verfügbar: contents-unsafe.png wird ausgelassen.</translation>
    </message>
    <message>
        <source>The image could not be inspected for the contents picture: %1</source>
        <translation>Das Image konnte für das Inhaltsbild nicht untersucht werden: %1</translation>
    </message>
    <message>
        <source>The inspection for the contents picture did not finish in time.</source>
        <translation>Die Untersuchung für das Inhaltsbild wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <source>The demo cloud&apos;s shared image is not listed for the sharing picture.</source>
        <translation>Das geteilte Abbild der Demo-Cloud ist für das Bild des Teilens nicht aufgelistet.</translation>
    </message>
    <message>
        <source>The demo cloud&apos;s shared image could not be selected for the sharing picture.</source>
        <translation>Das geteilte Abbild der Demo-Cloud konnte für das Bild des Teilens nicht ausgewählt werden.</translation>
    </message>
    <message>
        <source>The shared image&apos;s members are not shown for the sharing picture: %1</source>
        <translation>Die Mitglieder des geteilten Abbilds werden für das Bild des Teilens nicht gezeigt: %1</translation>
    </message>
    <message>
        <source>The shared image&apos;s members did not arrive in time for the sharing picture.</source>
        <translation>Die Mitglieder des geteilten Abbilds kamen für das Bild des Teilens nicht rechtzeitig.</translation>
    </message>
    <message>
        <source>The window has no cloud information to show.</source>
        <translation>Das Fenster hat keine Cloud-Informationen zu zeigen.</translation>
    </message>
    <message>
        <source>The cloud information picture lacks a section: %1</source>
        <translation>Dem Bild der Cloud-Informationen fehlt ein Abschnitt: %1</translation>
    </message>
    <message>
        <source>The cloud information did not arrive in time for its picture.</source>
        <translation>Die Cloud-Informationen kamen für ihr Bild nicht rechtzeitig.</translation>
    </message>
</context>
<context>
    <name>Skylight::SecretKindText</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Application credential secret</source>
        <translation>Anwendungsgeheimnis</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>Skylight::SecretPrompt</name>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Kept by the operating system&apos;s keychain; Skylight never writes it to a file.</source>
        <translation>Wird im Schlüsselbund des Betriebssystems verwahrt; Skylight schreibt es nie in eine Datei.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached: the secret is kept in memory for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar: Die Zugangsdaten werden nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>The password for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Das Passwort für &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>The application credential secret for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Das Anwendungsgeheimnis für &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>The token for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Das Token für &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>The API key for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Der API-Schlüssel für &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
</context>
<context>
    <name>Skylight::SecretStore</name>
    <message>
        <source>No secret is stored for this cloud.</source>
        <translation>Für diese Cloud ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund verweigert den Zugriff: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached (%1). Secrets are kept in memory for this session only and you will be asked again next time; nothing is written to disk.</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar (%1). Geheimnisse bleiben nur für diese Sitzung im Speicher, und Sie werden beim nächsten Mal erneut gefragt; nichts wird auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>The keychain entry of %1 is damaged; sign in again.</source>
        <translation>Der Schlüsselbund-Eintrag von %1 ist beschädigt; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Part of the keychain entry of %1 is missing; sign in again.</source>
        <translation>Ein Teil des Schlüsselbund-Eintrags von %1 fehlt; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached: secrets are not kept.</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar: Geheimnisse werden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Skylight::SelectionActions</name>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation>&amp;Namen kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy Cell</source>
        <translation>&amp;Zelle kopieren</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>Auswahl &amp;exportieren …</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Pin for Comparison</source>
        <translation>Für Vergleich &amp;merken</translation>
    </message>
    <message>
        <source>Save the selected images&apos; details as JSON or CSV (Ctrl+E)</source>
        <translation>Details der gewählten Images als JSON oder CSV speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Compare two selected images, or the selected one with the pinned one (Ctrl+M)</source>
        <translation>Zwei gewählte Images vergleichen oder das gewählte mit dem gemerkten (Strg+M)</translation>
    </message>
    <message>
        <source>Keep this image to compare it with one from another cloud</source>
        <translation>Dieses Image merken, um es mit einem aus einer anderen Cloud zu vergleichen</translation>
    </message>
    <message>
        <source>Select the images to export first.</source>
        <translation>Wählen Sie zuerst die zu exportierenden Images.</translation>
    </message>
    <message>
        <source>Export Image Details</source>
        <translation>Image-Details exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) to %1.</source>
        <translation>
            <numerusform>%n Image nach %1 exportiert.</numerusform>
            <numerusform>%n Images nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pinned %1: select another image (in any cloud) and choose Compare.</source>
        <translation>%1 gemerkt: Wählen Sie ein anderes Image (in beliebiger Cloud) und dann „Vergleichen“.</translation>
    </message>
    <message>
        <source>CSV for spreadsheet programs, with a byte order mark (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen, mit Byte-Order-Mark (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Skylight::SkippedEntriesNotice</name>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <source>1 entry could not be read and is not shown.</source>
        <translation>1 Eintrag konnte nicht gelesen werden und wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>%1 entries could not be read and are not shown.</source>
        <translation>%1 Einträge konnten nicht gelesen werden und werden nicht angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>The server listed %n image(s) more than once; each is shown once.</source>
        <translation>
            <numerusform>Der Server hat %n Image mehr als einmal aufgeführt; es wird einmal angezeigt.</numerusform>
            <numerusform>Der Server hat %n Images mehr als einmal aufgeführt; jedes wird einmal angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1: the id &quot;%2&quot; was listed before</source>
        <translation>Seite %1: die ID „%2“ wurde schon früher aufgeführt</translation>
    </message>
</context>
<context>
    <name>Skylight::StoreTableModel</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Writable</source>
        <translation>Beschreibbar</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Images are stored here unless another store is asked for.</source>
        <translation>Images werden hier gespeichert, sofern kein anderer Speicher verlangt wird.</translation>
    </message>
    <message>
        <source>Images can be read from this store, not written to it.</source>
        <translation>Aus diesem Speicher können Images gelesen, aber nicht in ihn geschrieben werden.</translation>
    </message>
    <message>
        <source>The store&apos;s backend, told only to those who may read the store details (administrators).</source>
        <translation>Das Backend des Speichers; nur für diejenigen angegeben, die die Speicherdetails lesen dürfen (Administratoren).</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>Skylight::TaskTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation>Aufgaben-ID</translation>
    </message>
</context>
<context>
    <name>Skylight::TransferListModel</name>
    <message>
        <source>%1 from %2
to %3
%4</source>
        <translation>%1 von %2
nach %3
%4</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Done, verified</source>
        <translation>Fertig, geprüft</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Done — %1.</source>
        <translation>Fertig — %1.</translation>
    </message>
    <message>
        <source>Done — %1 (%2).</source>
        <translation>Fertig — %1 (%2).</translation>
    </message>
    <message>
        <source>Done — %1 in %2, %3/s.</source>
        <translation>Fertig — %1 in %2, %3/s.</translation>
    </message>
    <message>
        <source>Done — %1 in %2, %3/s (%4).</source>
        <translation>Fertig — %1 in %2, %3/s (%4).</translation>
    </message>
    <message>
        <source>Downloading — %1 at %2/s, %3 left.</source>
        <translation>Lädt — %1 mit %2/s, noch %3.</translation>
    </message>
    <message>
        <source>Downloading — %1 at %2/s.</source>
        <translation>Lädt — %1 mit %2/s.</translation>
    </message>
    <message>
        <source>Downloading — %1.</source>
        <translation>Lädt — %1.</translation>
    </message>
    <message>
        <source>Started over from the beginning: %1</source>
        <translation>Von vorn neu begonnen: %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Gespeichert unter</translation>
    </message>
    <message>
        <source>Contents: %1</source>
        <translation>Inhalt: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>Skylight::TransferQueue</name>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Lädt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 Neuer Versuch in %2 s (Versuch %3).</translation>
    </message>
    <message>
        <source>Stopped when Skylight closed; it resumes when %1 is open.</source>
        <translation>Beim Beenden von Skylight angehalten; wird fortgesetzt, sobald %1 geöffnet ist.</translation>
    </message>
    <message>
        <source>Cancelled; the partial file was removed.</source>
        <translation>Abgebrochen; die Teildatei wurde entfernt.</translation>
    </message>
    <message>
        <source>Paused. This cloud&apos;s image store does not serve ranges: resuming starts over from the beginning.</source>
        <translation>Angehalten. Der Image-Speicher dieser Cloud liefert keine Teilbereiche: Beim Fortsetzen beginnt der Download von vorn.</translation>
    </message>
    <message>
        <source>Paused. The image has no checksum, so a resume cannot be proven and starts over.</source>
        <translation>Angehalten. Das Image hat keine Prüfsumme; ein Fortsetzen lässt sich nicht nachweisen und beginnt von vorn.</translation>
    </message>
    <message>
        <source>Paused; the partial file is kept for a resume.</source>
        <translation>Angehalten; die Teildatei bleibt zum Fortsetzen erhalten.</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird angehalten</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Stopping; it starts again once stopped.</source>
        <translation>Wird angehalten; startet erneut, sobald er angehalten ist.</translation>
    </message>
    <message>
        <source>Stopping; it leaves the list once stopped.</source>
        <translation>Wird angehalten; verschwindet aus der Liste, sobald er angehalten ist.</translation>
    </message>
    <message>
        <source>The contents were refused; waiting for your decision.</source>
        <translation>Der Inhalt wurde abgelehnt; Ihre Entscheidung wird erwartet.</translation>
    </message>
</context>
<context>
    <name>Skylight::TransfersPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Pause the download</source>
        <translation>Download anhalten</translation>
    </message>
    <message>
        <source>Resume or retry the download</source>
        <translation>Download fortsetzen oder wiederholen</translation>
    </message>
    <message>
        <source>Cancel the download and remove its partial file</source>
        <translation>Download abbrechen und die Teildatei entfernen</translation>
    </message>
    <message>
        <source>Remove the download from the list</source>
        <translation>Download aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Open the folder of the download</source>
        <translation>Ordner des Downloads öffnen</translation>
    </message>
    <message>
        <source>Downloads at once</source>
        <translation>Gleichzeitige Downloads</translation>
    </message>
    <message>
        <source>At &amp;once:</source>
        <translation>&amp;Gleichzeitig:</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Wieder&amp;holen</translation>
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Sho&amp;w in Folder</source>
        <translation>Im Ordner &amp;zeigen</translation>
    </message>
    <message>
        <source>Open the downloaded file</source>
        <translation>Heruntergeladene Datei öffnen</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Cancel the download of %1?</source>
        <translation>Download von %1 abbrechen?</translation>
    </message>
    <message>
        <source>The partial file %1 (%2 already downloaded) will be deleted; a paused download keeps it for a resume.</source>
        <translation>Die Teildatei %1 (%2 bereits heruntergeladen) wird gelöscht; ein angehaltener Download behält sie zum Fortsetzen.</translation>
    </message>
    <message>
        <source>&amp;Delete the Partial File</source>
        <translation>Teildatei &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Keep Downloading</source>
        <translation>&amp;Weiter herunterladen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse the images of OpenStack-compatible clouds.</source>
        <translation>Die Images OpenStack-kompatibler Clouds durchsuchen.</translation>
    </message>
    <message>
        <source>Browse the built-in demo cloud.</source>
        <translation>Die eingebaute Demo-Cloud durchsuchen.</translation>
    </message>
    <message>
        <source>Image API endpoint (token from OS_TOKEN).</source>
        <translation>Endpunkt der Image-API (Token aus OS_TOKEN).</translation>
    </message>
    <message>
        <source>Dialect of the endpoint.</source>
        <translation>Dialekt des Endpunkts.</translation>
    </message>
    <message>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation>Nach dem Laden ein Bild des Fensters speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Demo cloud · Image API v2</source>
        <translation>Demo-Cloud · Image API v2</translation>
    </message>
    <message>
        <source>Demo cloud · Image API v1</source>
        <translation>Demo-Cloud · Image API v1</translation>
    </message>
    <message>
        <source>Demo cloud · Compute v2.1</source>
        <translation>Demo-Cloud · Compute v2.1</translation>
    </message>
    <message>
        <source>Demo cloud · Rackspace Cloud Servers</source>
        <translation>Demo-Cloud · Rackspace Cloud Servers</translation>
    </message>
    <message>
        <source>Demo cloud · Huawei Cloud ECS</source>
        <translation>Demo-Cloud · Huawei Cloud ECS</translation>
    </message>
    <message>
        <source>Demo cloud · Compute v2.1 (XML)</source>
        <translation>Demo-Cloud · Compute v2.1 (XML)</translation>
    </message>
    <message>
        <source>Unknown dialect %1.</source>
        <translation>Unbekannter Dialekt %1.</translation>
    </message>
    <message>
        <source>Skylight</source>
        <translation>Skylight</translation>
    </message>
    <message>
        <source>Language of the window (%1); the system&apos;s by default.</source>
        <translation>Sprache des Fensters (%1); standardmäßig die des Systems.</translation>
    </message>
    <message>
        <source>No translation for %1; available: %2.</source>
        <translation>Keine Übersetzung für %1; verfügbar: %2.</translation>
    </message>
    <message>
        <source>Save pictures of the window, each details tab and the downloads in a folder, then quit.</source>
        <translation>Bilder des Fensters, jedes Detail-Reiters und der Downloads in einem Ordner speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Log each request (method, address without secrets, status, request id, time), sign-ins and downloads to standard error; never a token or a password. QT_LOGGING_RULES=&quot;skylight.*.debug=true&quot; does the same.</source>
        <translation>Jede Anfrage (Methode, Adresse ohne Geheimnisse, Status, Anfrage-ID, Dauer), Anmeldungen und Downloads auf der Standardfehlerausgabe protokollieren; nie ein Token oder Passwort. QT_LOGGING_RULES=&quot;skylight.*.debug=true&quot; bewirkt dasselbe.</translation>
    </message>
</context>
</TS>
