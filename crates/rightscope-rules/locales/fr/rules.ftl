# Textes des règles de rightscope en français : traduction de crates/rightscope-rules/locales/en/rules.ftl.
# Translation of the English file locales/en/rules.ftl as of main revision 98778b0.
# Les clés sont les mêmes que dans le fichier anglais ; si une clé manque, le texte anglais est affiché.
# Les noms techniques (numéros de RFC, protocoles, mots-clés BCP 14 comme MUST) ne sont pas traduits.

rule-A11Y001-summary =
    Le texte s'appuie sur une énigme, comme un CAPTCHA, que les personnes doivent résoudre pour prouver qu'elles sont humaines.
rule-A11Y001-why =
    Les CAPTCHA visuels excluent les personnes aveugles et malvoyantes, les versions audio excluent les
    personnes sourdes, et les deux sont difficiles pour les personnes ayant un handicap cognitif. Une personne
    qui ne peut pas résoudre l'énigme se voit refuser le service alors qu'elle y a droit. Le W3C décrit en
    détail le manque d'accessibilité des CAPTCHA.
rule-A11Y001-fix =
    Préférez des contrôles qui n'exigent aucune énigme (limites de débit, jetons qui protègent la vie privée,
    attestations qui ne pistent pas les personnes), ou exigez au moins deux alternatives faisant appel à des
    sens différents et un moyen de joindre une personne.

rule-A11Y002-summary =
    On ne peut utiliser cette fonction qu'en parlant ou en écoutant, sans alternative textuelle ou visuelle.
rule-A11Y002-why =
    Un service qui ne fonctionne qu'à la voix exclut les personnes sourdes ou malentendantes et les personnes
    qui ne peuvent pas parler. Le RFC 3351 demande aux fournisseurs de proposer une alternative textuelle aux
    menus vocaux. Offrir la même fonction par le texte, le toucher ou la vidéo permet à tout le monde de
    l'utiliser.
rule-A11Y002-fix =
    Proposez la même interaction par un autre sens : texte en temps réel (RFC 4103), saisie au clavier, texte à
    l'écran ou vidéo en langue des signes, et indiquez-le dans la spécification.

rule-A11Y003-summary =
    Une personne doit réagir dans un délai fixe, ce que certaines personnes handicapées ou âgées ne peuvent pas faire.
rule-A11Y003-why =
    Les personnes qui utilisent un lecteur d'écran, un contacteur ou un service de relais, et les personnes
    ayant un handicap moteur ou cognitif, ont souvent besoin de plus de temps pour lire et répondre. Un délai
    fixe peut les exclure ou annuler ce qu'elles faisaient. Les recommandations du W3C demandent que les
    limites de temps puissent être désactivées, réglées ou prolongées.
rule-A11Y003-fix =
    Évitez les limites de temps pour les actions humaines, ou laissez la personne (ou son appareil) demander
    plus de temps, et fixez une limite assez longue pour les aides techniques et les services de relais.

rule-A11Y004-summary =
    Des images, du son ou de la vidéo peuvent être envoyés sans alternative textuelle utilisable par les personnes aveugles ou sourdes.
rule-A11Y004-why =
    Les personnes aveugles s'appuient sur des descriptions textuelles des images, et les personnes sourdes sur
    des sous-titres ou des transcriptions du son. Quand un format permet de les omettre, les personnes qui ne
    peuvent pas voir ou entendre le contenu en sont exclues. Le RFC 9620 cite la règle de HTML selon laquelle
    chaque image doit avoir un attribut alt comme exemple de bonne conception.
rule-A11Y004-fix =
    Intégrez au format une alternative textuelle, des sous-titres ou une transcription, obligatoires quand le
    contenu porte du sens, et précisez comment leur langue est indiquée.

rule-A11Y005-summary =
    L'information n'atteint la personne que par un seul sens, par exemple un son, une couleur ou une lumière clignotante.
rule-A11Y005-why =
    Un avertissement donné seulement par un bip est perdu pour les personnes sourdes, et un état indiqué
    seulement par une couleur est perdu pour les personnes daltoniennes ou aveugles. Donner la même
    information sous une deuxième forme (texte, vibration, parole) coûte peu et tient tout le monde informé.
rule-A11Y005-fix =
    Transmettez chaque signal destiné aux personnes sous au moins deux formes, par exemple du texte et un son,
    et permettez aux appareils de le restituer avec des aides techniques.

rule-A11Y006-summary =
    Un contrôle de sécurité ne fonctionne que si les personnes peuvent parler et entendre, ou voir et scanner un code.
rule-A11Y006-why =
    Certains protocoles demandent à deux personnes de se lire à voix haute un code court, ou de scanner un code
    avec une caméra, avant qu'un appel ou un appareil puisse être considéré comme fiable. Les personnes
    sourdes, celles qui ne peuvent pas parler et les personnes aveugles ne peuvent alors pas faire ce contrôle
    et se retrouvent avec une protection plus faible, voire aucune.
rule-A11Y006-fix =
    Permettez de faire le même contrôle par un autre canal, par exemple en comparant le code sous forme de
    texte, en le saisissant ou en le confirmant par un service de relais, et décrivez cette alternative dans
    la spécification.

rule-A11Y007-summary =
    Le texte prend en charge le texte en temps réel, pour que les personnes puissent converser en tapant, caractère par caractère.
rule-A11Y007-why =
    Le texte en temps réel permet aux personnes sourdes, malentendantes ou ayant des troubles de la parole de
    tenir une conversation en direct en tapant : chaque caractère est envoyé dès qu'il est saisi, avec la voix
    ou à sa place. Le RFC 4103 et le RFC 9071 le transportent dans les appels et les sessions à plusieurs, et
    le RFC 9620 cite ce travail comme un bon exemple de conception accessible.
rule-A11Y007-fix =
    Gardez le texte en temps réel comme un moyen de communication à part entière, y compris pour les appels
    d'urgence et les sessions à plusieurs.

rule-A11Y008-summary =
    Le texte prévoit des sous-titres ou une audiodescription avec les contenus audio et vidéo.
rule-A11Y008-why =
    Les sous-titres rendent la parole des contenus audio et vidéo accessible aux personnes sourdes ou
    malentendantes, et l'audiodescription rend les images accessibles aux personnes aveugles. Les formats qui
    les transportent comme des pistes séparées et étiquetées permettent à chacun de choisir ce dont il a
    besoin.
rule-A11Y008-fix =
    Gardez les pistes de sous-titres et d'audiodescription à part entière, étiquetées avec leur langue et leur
    usage.

rule-A11Y009-summary =
    Le texte prend en charge la langue des signes, la lecture labiale ou la conversation totale (vidéo, voix et texte ensemble).
rule-A11Y009-why =
    Pour beaucoup de personnes sourdes, la première langue est une langue des signes, qui demande une vidéo de
    qualité suffisante pour être comprise. La conversation totale réunit vidéo, voix et texte en temps réel
    dans un même appel, pour que chacun utilise le mode qui lui convient. Le RFC 8373 permet à un appel de
    demander une langue des signes comme il demande une langue parlée.
rule-A11Y009-fix =
    Maintenez la qualité vidéo, la négociation de la langue et les services de relais à un niveau suffisant
    pour la langue des signes.

rule-A11Y010-summary =
    Le texte prévoit une alternative textuelle aux images, au son ou à la voix, pour que le contenu serve à plus de personnes.
rule-A11Y010-why =
    Une alternative textuelle peut être lue à voix haute par un lecteur d'écran, affichée en braille ou lue
    par une personne sourde. Le RFC 9620 cite l'attribut alt de HTML comme une conception qui garde les images
    accessibles aux personnes qui ne peuvent pas les voir, et le RFC 3351 demande des alternatives textuelles
    aux menus vocaux.
rule-A11Y010-fix =
    Rendez les alternatives textuelles obligatoires quand le contenu porte du sens, et étiquetez-les avec leur
    langue.

rule-A11Y011-summary =
    Le texte prend en charge les services de relais qui permettent aux personnes sourdes ou ayant des troubles de la parole d'appeler des personnes entendantes.
rule-A11Y011-why =
    Les services de relais traduisent pendant un appel entre la voix et le texte ou la langue des signes, pour
    que les personnes sourdes, malentendantes ou ayant des troubles de la parole puissent joindre n'importe
    qui disposant d'un téléphone. Les protocoles qui permettent à un relais de rejoindre un appel sans
    difficulté, y compris un appel d'urgence, gardent cette voie ouverte.
rule-A11Y011-fix =
    Permettez aux services de relais de rejoindre et de quitter les appels sans les interrompre, et protégez
    la vie privée des personnes qui les utilisent.

rule-A11Y012-summary =
    Le texte prend en charge les aides techniques comme les lecteurs d'écran ou le braille, ou suit les recommandations d'accessibilité du W3C.
rule-A11Y012-why =
    Les personnes aveugles et malvoyantes lisent avec des lecteurs d'écran, des plages braille et des
    loupes. Les contenus et les protocoles qui gardent la structure et le texte accessibles à ces outils,
    comme le décrivent les recommandations d'accessibilité du W3C, permettent aux personnes handicapées
    d'utiliser les mêmes services que tout le monde.
rule-A11Y012-fix =
    Citez les recommandations d'accessibilité du W3C que vous suivez et faites des tests avec des aides
    techniques.

rule-A11Y013-summary =
    Le texte tient compte des besoins des personnes handicapées, par exemple des personnes sourdes ou aveugles.
rule-A11Y013-why =
    Nommer les besoins des personnes sourdes, aveugles, ayant des troubles de la parole ou d'autres handicaps
    est la première étape vers une conception qui fonctionne pour elles. Le RFC 3351 demande que la conception
    tienne compte de leurs capacités et de leurs préférences, et le RFC 9620 demande si un protocole offre un
    environnement favorable à tous.
rule-A11Y013-fix =
    Passez de la mention de ces besoins à des exigences : des alternatives faisant appel à plus d'un sens, et
    des tests avec les personnes concernées.

rule-ANON001-summary =
    Le texte oblige les personnes à utiliser ou à prouver leur identité réelle.
rule-ANON001-why =
    Exiger l'identité réelle met fin à l'usage anonyme ou sous pseudonyme, dont les personnes ont besoin pour
    s'exprimer, demander de l'aide ou s'organiser en sécurité. Cela exclut aussi les personnes sans papiers
    officiels, et crée des bases de données d'identités qui peuvent fuiter ou être réclamées.
rule-ANON001-fix =
    Autorisez l'usage sous pseudonyme et anonyme ; si une caractéristique doit être vérifiée (comme l'âge),
    prouvez seulement cette caractéristique sans révéler qui est la personne.

rule-ANON002-summary =
    Le texte permet de relier et de suivre l'activité d'une personne à différents endroits.
rule-ANON002-why =
    Relier ce que quelqu'un fait sur différents sites ou services dresse un portrait de sa vie qu'il n'a jamais
    choisi de partager. Cela rend les pseudonymes inutiles et permet de découvrir facilement qui se cache
    derrière un compte.
rule-ANON002-fix =
    Utilisez des identifiants distincts et impossibles à relier pour chaque site, service ou contexte
    (cloisonnement), et renouvelez-les.

rule-ANON003-summary =
    Le texte permet de rattacher une activité à la personne identifiable qui en est l'auteur, ou de la révéler.
rule-ANON003-why =
    Dès que des requêtes ou des messages peuvent être rattachés à une personne, l'anonymat disparaît : on peut
    reconstituer tout ce qu'elle a lu, écrit ou acheté. Le RFC 6973 désigne la corrélation comme une menace
    essentielle pour la vie privée.
rule-ANON003-fix =
    Concevez le protocole pour que les requêtes ne puissent pas être reliées (identifiants nouveaux, relais
    qui séparent qui demande et ce qui est demandé), et décrivez le risque de corrélation restant dans les
    considérations de vie privée.

rule-ANON004-summary =
    Le texte transmet la position d'une personne sur le réseau (adresse, sous-réseau, lieu) à d'autres serveurs que celui qu'elle utilise.
rule-ANON004-why =
    L'adresse ou le sous-réseau d'un client indique à peu près où se trouve une personne et quel réseau elle
    utilise. Les envoyer à des serveurs lointains leur permet d'identifier et de localiser des personnes qui
    pensaient être protégées par un intermédiaire. Le RFC 7871 lui-même avertit du coût pour la vie privée des
    informations de sous-réseau du client.
rule-ANON004-fix =
    Ne transmettez pas les adresses ni les sous-réseaux des clients ; si c'est inévitable, tronquez-les
    fortement, faites-en une option à activer, et laissez les clients demander qu'ils ne soient pas transmis.

rule-ANON005-summary =
    Le texte expose des caractéristiques qui permettent à des serveurs ou à des observateurs de reconnaître l'appareil d'une personne sans son accord.
rule-ANON005-why =
    L'empreinte numérique (fingerprinting) reconnaît un appareil à partir de nombreux petits détails, même
    après que la personne a effacé ses cookies ou changé d'adresse. Elle ne peut ni la voir ni la contrôler, et
    cela déjoue ses efforts pour rester anonyme.
rule-ANON005-fix =
    Exposez moins de détails distinctifs, utilisez des valeurs communes à beaucoup d'utilisateurs, et
    signalez ce qui reste exposé à l'empreinte numérique dans les considérations de vie privée.

rule-ANON006-summary =
    Le texte explique comment des personnes anonymes ou sous pseudonyme peuvent être identifiées à nouveau.
rule-ANON006-why =
    La réidentification et l'empreinte numérique montrent qu'il ne suffit pas de retirer les noms pour
    garantir l'anonymat. Un document qui en parle a conscience du risque ; vérifiez si sa propre conception
    l'aggrave.
rule-ANON006-fix =
    Assurez-vous que la conception n'ajoute pas de données identifiantes, et indiquez le risque de
    réidentification restant dans les considérations de vie privée.

rule-ANON007-summary =
    Le texte permet d'utiliser le service sans dire qui l'on est.
rule-ANON007-why =
    Pouvoir lire, appeler ou publier sans s'identifier protège les personnes en danger et celles qui ne
    veulent tout simplement pas être profilées. Les protocoles qui permettent l'usage anonyme gardent cette
    possibilité ouverte.
rule-ANON007-fix =
    Gardez l'usage anonyme possible, et faites-en le choix par défaut quand le service le permet.

rule-ANON008-summary =
    Le texte permet aux personnes d'agir sous pseudonyme plutôt que sous leur identité.
rule-ANON008-why =
    Les pseudonymes permettent d'avoir une présence stable (un compte, une réputation) sans révéler qui l'on
    est, et des pseudonymes différents selon les contextes empêchent de relier les activités.
rule-ANON008-fix =
    Gardez les pseudonymes, utilisez-en un différent par contexte, et laissez les utilisateurs les changer.

rule-ANON009-summary =
    Le texte empêche de relier entre elles les différentes actions d'une personne.
rule-ANON009-why =
    Si deux actions ne peuvent pas être reliées, personne ne peut reconstituer l'historique de ce que fait une
    personne. C'est cette impossibilité de relier (unlinkability) qui permet aux pseudonymes et à l'usage
    anonyme de tenir dans la durée (RFC 6973).
rule-ANON009-fix =
    Gardez cette propriété, et précisez dans quelles conditions elle est assurée.

rule-ANON010-summary =
    Le texte fait qu'une personne ressemble à beaucoup d'autres, pour qu'on ne puisse pas la distinguer.
rule-ANON010-why =
    L'anonymat repose sur la foule : plus les personnes partagent les mêmes traits observables, plus il est
    difficile d'en repérer une. Les conceptions qui rendent les utilisateurs impossibles à distinguer les
    protègent tous.
rule-ANON010-fix =
    Gardez cette propriété, et estimez la taille de l'ensemble d'anonymat dans des déploiements réalistes.

rule-ANON011-summary =
    Le texte fait passer les requêtes par un relais, pour qu'aucune partie ne sache à la fois qui demande et ce qui est demandé.
rule-ANON011-why =
    Séparer l'identité du contenu signifie que le serveur ne sait jamais qui demande, et que le relais ne sait
    jamais ce qui est demandé. Aucun des deux ne peut constituer un profil seul, comme le décrit le RFC 9458
    (Oblivious HTTP).
rule-ANON011-fix =
    Gardez cette séparation, et exigez que le relais et le serveur soient exploités par des parties
    différentes.

rule-ANON012-summary =
    Le texte prend en charge les réseaux d'anonymat comme Tor ou les réseaux de mélange (mix networks).
rule-ANON012-why =
    Les réseaux d'anonymat cachent qui parle à qui, même à l'opérateur du réseau. Ils sont vitaux pour les
    journalistes, les militants et les personnes soumises à la censure, et les protocoles qui fonctionnent à
    travers eux préservent cette possibilité.
rule-ANON012-fix =
    Gardez cette prise en charge, et évitez les fonctions qui laissent fuir l'identité en dehors du réseau
    d'anonymat.

rule-ANON013-summary =
    Le texte permet de prouver qu'on a le droit de faire quelque chose sans révéler qui l'on est.
rule-ANON013-why =
    Les jetons et les justificatifs anonymes remplacent les contrôles d'identité par des preuves qui ne
    révèlent rien d'autre. Un service peut empêcher les abus sans apprendre qui sont ses utilisateurs ni les
    relier entre eux, comme le fait Privacy Pass.
rule-ANON013-fix =
    Gardez ce mécanisme, et assurez-vous que l'émission et l'utilisation des jetons ne peuvent pas être
    reliées.
