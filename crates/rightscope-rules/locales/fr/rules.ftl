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
    peuvent pas voir ou entendre le contenu en sont exclues. Le RFC 9620 cite comme exemple de bonne conception
    la règle de HTML selon laquelle chaque image doit avoir un attribut alt.
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
    après que la personne a effacé ses cookies ou changé d'adresse. La personne ne peut ni la voir ni la
    contrôler, et cela déjoue ses efforts pour rester anonyme.
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

rule-ANON014-summary =
    Le protocole dit à un tiers distant quel utilisateur se trouve derrière une connexion réseau.
rule-ANON014-why =
    Quand un serveur répond à « à qui appartient cette connexion » par un nom d'utilisateur, tout service
    que la personne contacte peut savoir qui elle est sur sa propre machine, sans lui demander. Elle ne peut
    pas rester anonyme face aux services qu'elle utilise, et le nom permet de la suivre d'un service à
    l'autre.
rule-ANON014-fix =
    Ne renvoyez pas de noms d'utilisateur à des tiers distants ; si une réponse est nécessaire, renvoyez un
    jeton opaque par connexion que seul l'opérateur local peut relier à une personne, et laissez les
    utilisateurs désactiver le service.

rule-CENS001-summary =
    Le texte décrit ou rend possible un moyen de bloquer ou de filtrer l'accès des personnes à des contenus ou à des sites.
rule-CENS001-why =
    Le blocage et le filtrage décident de ce que les personnes peuvent lire et publier. Une fois qu'un
    mécanisme existe, il est facile de l'étendre au-delà de son but initial, au discours politique, à
    l'information ou aux contenus des minorités, et il bloque souvent bien plus que prévu. Le RFC 7754 explique
    les coûts techniques et humains du blocage.
rule-CENS001-fix =
    Préférez des conceptions qui ne créent pas de points de passage obligés propices au blocage, rendez tout
    blocage visible pour les utilisateurs (par exemple HTTP 451 ou les erreurs DNS étendues), et discutez du
    risque de censure dans le document.

rule-CENS002-summary =
    Des réponses DNS sont réécrites, redirigées ou retenues volontairement, un moyen courant de bloquer des sites.
rule-CENS002-why =
    Quand un résolveur ment sur l'emplacement d'un site, les personnes sont envoyées ailleurs sans le savoir,
    ou on leur dit que le site n'existe pas. C'est la forme la plus courante de censure sur Internet, et on ne
    peut généralement pas la distinguer d'une vraie panne. Le RFC 7754 et le RFC 9505 décrivent le blocage par
    le DNS.
rule-CENS002-fix =
    Rendez visibles les réponses dictées par une politique (par exemple avec les erreurs DNS étendues Blocked,
    Censored ou Filtered), gardez la validation DNSSEC possible, et indiquez qui fixe la politique.

rule-CENS003-summary =
    Des contenus ou des domaines sont bloqués parce qu'ils figurent sur une liste ou parce qu'une autorité l'exige.
rule-CENS003-why =
    Les listes de blocage décident à l'avance de ce que les personnes peuvent atteindre, et les listes
    imposées par des gouvernements ou des tribunaux sont un outil majeur de la censure sur Internet. Elles
    sont rarement publiques, difficiles à contester, et tendent à s'étendre au-delà de leur but initial.
rule-CENS003-fix =
    Indiquez qui tient la liste et sous quel contrôle, rendez le blocage visible pour l'utilisateur avec sa
    raison, et prévoyez un moyen de signaler un blocage injustifié.

rule-CENS004-summary =
    Le réseau regarde à l'intérieur du contenu du trafic des personnes, ce qui sert à censurer et à traiter les services de façon inégale.
rule-CENS004-why =
    L'inspection approfondie des paquets (DPI) lit ce que les personnes envoient, et pas seulement la
    destination. Elle est à la base de la censure par mots-clés, du blocage des outils de contournement et du
    traitement inégal des applications, et elle expose aussi des contenus privés à l'opérateur du réseau.
rule-CENS004-fix =
    Concevez le protocole pour que le réseau n'ait pas besoin de voir le contenu (chiffrement de bout en bout,
    signaux en clair réduits au minimum), et ne comptez sur la DPI pour aucune fonction.

rule-CENS005-summary =
    Des noms envoyés en clair, comme le nom de serveur TLS ou la requête DNS, permettent au réseau de repérer et de bloquer des sites précis.
rule-CENS005-why =
    Même quand le contenu est chiffré, les noms en clair montrent au réseau quel site une personne visite. Les
    censeurs s'en servent pour bloquer un seul site sans toucher aux autres, et les personnes ne peuvent pas
    savoir pourquoi la connexion a échoué. Le RFC 9505 passe en revue cette technique.
rule-CENS005-fix =
    Chiffrez les noms (Encrypted Client Hello, DNS chiffré) ou évitez de les envoyer en clair, et indiquez
    dans le document quels champs une partie située sur le chemin peut utiliser pour bloquer.

rule-CENS006-summary =
    Le texte prévoit de retirer des contenus ou de saisir des noms de domaine sur demande, une voie vers la censure.
rule-CENS006-why =
    Le retrait et la saisie suppriment une expression de tout Internet, et pas seulement d'un réseau. Sans
    procédure équitable, notification et recours, ils sont utilisés contre des journalistes, des militants et
    des minorités, et les erreurs sont difficiles à réparer.
rule-CENS006-fix =
    Exigez que l'éditeur concerné soit prévenu, qu'une raison et une base légale soient données, qu'un recours
    soit possible et que des rapports de transparence soient publiés ; évitez qu'une seule partie puisse
    retirer un contenu pour tout le monde.

rule-CENS007-summary =
    Le texte décrit comment couper ou perturber des connexions, par exemple par de faux messages de réinitialisation ou des coupures, pour empêcher l'accès.
rule-CENS007-why =
    Les coupures et les fausses réinitialisations de connexion isolent les personnes de l'information et les
    unes des autres, souvent pendant des manifestations ou des élections. Comme la perturbation ressemble à
    une panne technique, les personnes peuvent ne pas savoir qu'elles sont censurées.
rule-CENS007-fix =
    Rendez le protocole résistant aux réinitialisations injectées (authentifier les messages de contrôle,
    chiffrer les en-têtes de transport), et traitez des interférences dans les considérations de sécurité ou
    de droits humains.

rule-CENS008-summary =
    La conception aide les personnes à accéder à l'information malgré la censure ou le blocage.
rule-CENS008-why =
    Quand des gouvernements ou des réseaux bloquent des contenus, les outils de contournement et les
    conceptions résistantes à la censure gardent l'accès ouvert pour les journalistes, les militants et tout
    un chacun. Le RFC 9620 demande aux concepteurs de protocoles si leur protocole pourrait mieux résister à
    la censure.
rule-CENS008-fix =
    Rendez cette propriété explicite, et indiquez ses limites (par exemple, que le trafic peut encore être
    identifié comme du trafic de contournement).

rule-CENS009-summary =
    Le blocage pour raisons légales est signalé ouvertement avec le code HTTP 451, pour que l'on voie qu'un contenu est retenu, et par qui.
rule-CENS009-why =
    Quand un contenu est bloqué en silence, les personnes ne peuvent pas distinguer la censure d'un site en
    panne, ni la contester. Le code d'état 451 et la relation de lien blocked-by rendent le blocage légal
    visible et nomment la partie qui bloque. Le RFC 9620 recommande ce type de signal explicite.
rule-CENS009-fix =
    Exigez que le corps de la réponse 451 explique la demande légale, et incluez la relation de lien
    blocked-by.

rule-CENS010-summary =
    Quand quelque chose est bloqué, le protocole indique à l'utilisateur que c'est bloqué, et pourquoi.
rule-CENS010-why =
    Un blocage silencieux ressemble à une panne de réseau : les personnes ne savent pas qu'elles sont
    censurées, ne peuvent pas se plaindre ni demander réparation. Un signal explicite avec une raison oblige à
    rendre des comptes. Le RFC 9620 demande aux protocoles de rendre visibles les restrictions d'accès ; c'est
    une protection partielle, car le blocage a tout de même lieu.
rule-CENS010-fix =
    Définissez des codes d'erreur distincts pour le blocage par l'opérateur, sur exigence extérieure et à la
    demande de l'utilisateur, et permettez aux implémentations de montrer la raison à l'utilisateur.

rule-CENS011-summary =
    Les noms des sites que visitent les personnes sont chiffrés, donc le réseau ne peut pas les cibler pour les bloquer.
rule-CENS011-why =
    Les censeurs bloquent souvent par le nom de serveur que TLS envoie en clair. Le chiffrer, comme le fait
    Encrypted Client Hello, oblige le censeur à bloquer des services entiers plutôt que des sites précis, et
    protège ce que les personnes lisent des regards extérieurs. Le RFC 9620 le cite comme exemple de
    résistance à la censure.
rule-CENS011-fix =
    Faites du chiffrement des noms le comportement par défaut quand le protocole transporte des noms, et
    décrivez ce qui reste visible.

rule-CENS012-summary =
    Le filtrage n'a lieu que si l'utilisateur le demande ou peut le désactiver, au lieu de lui être imposé.
rule-CENS012-why =
    Un filtrage choisi par la personne elle-même, comme un filtre anti-logiciels malveillants ou un contrôle
    parental qu'elle a activé, respecte son autonomie. Le même mécanisme imposé par un réseau ou un État est de
    la censure. La différence essentielle est que l'utilisateur garde le contrôle.
rule-CENS012-fix =
    Faites du filtrage une option à activer, sous le contrôle de l'utilisateur, et distinguez dans les signaux
    du protocole le filtrage demandé par l'utilisateur du blocage par l'opérateur ou sur exigence extérieure.

rule-CENS013-summary =
    Le blocage touche plus que sa cible et coupe des contenus légaux ou des sites sans rapport qui partagent la même adresse ou le même nom.
rule-CENS013-why =
    Beaucoup de sites partagent des adresses, des serveurs et des domaines : en bloquer un en bloque souvent
    des milliers d'autres. Les personnes perdent l'accès à des informations et à des services légaux sans que
    personne n'ait décidé de les bloquer. Le RFC 7754 traite de ces dommages collatéraux.
rule-CENS013-fix =
    Évitez les conceptions qui imposent un blocage grossier (adresses partagées, noms partagés), et documentez
    les effets collatéraux de tout blocage que le protocole permet.

rule-CENT001-summary =
    Une seule partie contrôle un élément du système dont tout le monde dépend, ce qui lui donne le pouvoir d'exclure ou de censurer.
rule-CENT001-why =
    Quand une seule entreprise, un seul registre ou une seule autorité contrôle une fonction dont tout le monde
    a besoin, elle peut décider qui participe, peut subir la pression des gouvernements, et devient une cible
    unique pour la surveillance et un point de défaillance unique. Le RFC 9620 demande si un protocole peut
    fonctionner sans point de contrôle unique.
rule-CENT001-fix =
    Permettez plusieurs opérateurs ou racines de confiance indépendants, laissez les utilisateurs choisir
    entre eux, et indiquez qui contrôle toute fonction centrale restante et comment ce contrôle est vérifié.

rule-CENT002-summary =
    Les personnes doivent avoir un compte chez un fournisseur précis pour utiliser le protocole ou l'appareil.
rule-CENT002-why =
    Un compte obligatoire lie les personnes à un fournisseur, lui donne la liste de qui utilise le service, et
    lui permet d'exclure n'importe qui. Les personnes qui n'ont pas les papiers, le moyen de paiement ou
    l'identité exigés peuvent être complètement exclues.
rule-CENT002-fix =
    Permettez au protocole de fonctionner sans compte quand c'est possible, acceptez tout fournisseur
    compatible, et limitez au minimum les données du compte.

rule-CENT003-summary =
    Utiliser ou implémenter le protocole dépend de technologies propriétaires, de redevances ou de documents qui ne sont pas librement accessibles.
rule-CENT003-why =
    Si une norme ne peut être implémentée qu'avec le code d'un fournisseur, des licences payantes ou des
    spécifications payantes, seuls certains peuvent la mettre en œuvre. Cela enferme les utilisateurs dans
    des produits précis et écarte les développeurs indépendants et le logiciel libre. Le RFC 9620 §4.7 pose la
    question des dépendances propriétaires.
rule-CENT003-fix =
    Remplacez les dépendances propriétaires par des spécifications ouvertes et librement accessibles, et
    signalez tout brevet ou redevance nécessaire pour implémenter la norme.

rule-CENT004-summary =
    Le système ne fonctionne qu'à travers le nuage ou les serveurs d'une seule entreprise, qui peut donc le couper ou exclure des personnes.
rule-CENT004-why =
    Quand des appareils ou des protocoles ne peuvent communiquer qu'à travers le service d'un fournisseur
    précis, les personnes perdent l'usage de ce qu'elles possèdent si le fournisseur fait faillite, change ses
    conditions ou reçoit l'ordre de les couper, et toute leur activité passe par cette seule entreprise.
rule-CENT004-fix =
    Permettez que le service soit auto-hébergé ou fourni par tout opérateur compatible, et rendez possible un
    fonctionnement local sans le fournisseur.

rule-CENT005-summary =
    La conception fait passer le trafic ou les données de tout le monde par un seul ou quelques opérateurs.
rule-CENT005-why =
    Quand toutes les requêtes ou tous les messages passent par un seul ou quelques grands opérateurs, ceux-ci
    voient ce que fait tout le monde, peuvent subir des pressions pour bloquer ou livrer des données, et
    deviennent des points de défaillance uniques. Le RFC 9620 note que la centralisation facilite la
    surveillance et la censure.
rule-CENT005-fix =
    Permettez de nombreux opérateurs indépendants, répartissez le trafic entre eux, laissez les utilisateurs
    choisir, et évitez les réglages par défaut qui envoient tout le monde au même endroit.

rule-CENT006-summary =
    Seuls les logiciels ou appareils approuvés par un fournisseur ou une plateforme peuvent participer, ce qui en fait un gardien d'accès.
rule-CENT006-why =
    Si une entreprise décide quelles implémentations peuvent se connecter, elle peut exclure des concurrents,
    des projets libres et des applications qui lui déplaisent, et on peut l'obliger à retirer des outils dont
    les personnes dépendent, comme les applications de contournement ou de messagerie chiffrée.
rule-CENT006-fix =
    Laissez participer toute implémentation qui suit la norme et, si une certification est nécessaire,
    permettez plusieurs organismes de certification indépendants aux critères publics.

rule-CENT007-summary =
    La conception attache les personnes à un fournisseur, une plateforme ou un réseau, ce qui rend le changement difficile.
rule-CENT007-why =
    L'enfermement permet à une entreprise d'imposer ses conditions, y compris sur ce que les personnes peuvent
    dire et sur qui peut voir leurs données, parce que partir signifie perdre ses contacts, ses données ou ses
    appareils. Les écosystèmes fermés découpent aussi Internet en îlots séparés.
rule-CENT007-fix =
    Utilisez des formats et des protocoles ouverts, permettez l'interopérabilité avec d'autres fournisseurs, et
    facilitez le transfert des données et des identifiants ailleurs.

rule-CENT008-summary =
    La conception répartit le contrôle entre de nombreuses parties indépendantes au lieu de le concentrer dans une seule.
rule-CENT008-why =
    Dans un système décentralisé, aucune partie ne peut à elle seule couper tout le monde, lire les données de
    tout le monde ou décider qui peut participer. Le RFC 9620 §4.19 décrit la décentralisation comme une notion
    centrale de l'architecture d'Internet.
rule-CENT008-fix =
    Rendez cette propriété explicite, et vérifiez que les réglages par défaut et les conseils de déploiement ne
    recentralisent pas le système dans la pratique.

rule-CENT009-summary =
    Des fournisseurs indépendants peuvent chacun faire tourner leurs propres serveurs tout en communiquant entre eux, comme pour le courrier électronique.
rule-CENT009-why =
    La fédération permet de choisir ou de gérer son propre fournisseur tout en pouvant joindre tout le monde.
    Aucune entreprise ne contrôle le réseau, et l'on peut quitter un fournisseur sans perdre ses contacts. Le
    RFC 9620 demande si un protocole peut être déployé de manière fédérée.
rule-CENT009-fix =
    Faites de la fédération le modèle de déploiement normal, spécifiez entièrement l'interopérabilité entre
    serveurs, et évitez les fonctions qui ne marchent que chez un seul fournisseur.

rule-CENT010-summary =
    La conception s'appuie sur des normes et des logiciels ouverts, librement accessibles, que chacun peut implémenter.
rule-CENT010-why =
    Les normes ouvertes permettent à chacun de créer des logiciels compatibles, y compris les projets libres et
    les petites entreprises : les personnes ne sont pas liées à un fournisseur et peuvent examiner comment
    fonctionnent leurs outils. Le RFC 9620 §4.7 explique pourquoi l'ouverture compte pour les droits.
rule-CENT010-fix =
    Gardez les dépendances normatives ouvertes et librement accessibles, et signalez toute revendication de
    brevet.

rule-CENT011-summary =
    Le texte affirme qu'aucune partie ne contrôle le système ni ne lui est indispensable.
rule-CENT011-why =
    Une conception qui ne dépend d'aucune autorité ni d'aucun fournisseur unique ne peut pas être coupée,
    censurée ou monopolisée par une seule partie, et les personnes gardent le choix de ceux à qui elles
    font confiance.
rule-CENT011-fix =
    Gardez cette affirmation normative, et vérifiez qu'elle vaut aussi pour les réglages par défaut et pour
    l'amorçage du système.

rule-CENT012-summary =
    Plusieurs implémentations ou fournisseurs indépendants existent et interopèrent, donc les personnes ne sont pas liées à un seul fournisseur.
rule-CENT012-why =
    Quand de nombreuses équipes indépendantes implémentent une norme et que leurs produits fonctionnent
    ensemble, aucun fournisseur ne contrôle la technologie, et les personnes peuvent changer si l'un d'eux les
    déçoit.
rule-CENT012-fix =
    Indiquez l'état des implémentations et de l'interopérabilité, et évitez les fonctions qu'une seule
    implémentation peut offrir.

rule-CENT013-summary =
    Les personnes peuvent choisir ou changer de fournisseur et emporter leurs données et leurs identifiants.
rule-CENT013-why =
    Pouvoir choisir son fournisseur, et partir avec ses données et son adresse, empêche un fournisseur de
    garder les personnes captives. Cela leur donne aussi un recours quand un fournisseur les traite mal.
rule-CENT013-fix =
    Évitez les fournisseurs inscrits en dur dans le code, rendez facile la configuration d'alternatives, et
    spécifiez des formats d'export pour les données des utilisateurs.

rule-CONS001-summary =
    Le document n'a pas de section sur les considérations de sécurité (Security Considerations).
rule-CONS001-why =
    Chaque RFC doit dire comment son protocole peut être attaqué et comment les personnes sont protégées
    (RFC 3552). Sans cette section, on ne peut pas savoir si les auteurs ont seulement pensé aux attaquants, et
    les torts causés aux personnes qui utilisent le protocole ne sont pas examinés.
rule-CONS001-fix =
    Ajoutez une section sur les considérations de sécurité selon le RFC 3552 : les menaces, ce que le
    protocole protège et ce qu'il ne protège pas.

rule-CONS002-summary =
    Le document n'a pas de section sur les considérations relatives à l'IANA (IANA Considerations).
rule-CONS002-why =
    La section sur les considérations relatives à l'IANA indique quels registres publics un document crée ou
    utilise. Elle est obligatoire dans les RFC, et son absence signale souvent un document ancien ou
    incomplet dont les autres sections de considérations méritent aussi d'être vérifiées.
rule-CONS002-fix =
    Ajoutez une section sur les considérations relatives à l'IANA, même si elle dit seulement que le document
    ne demande aucune action à l'IANA (RFC 8126).

rule-CONS003-summary =
    Le document traite des données personnelles mais n'a pas de section sur les considérations de vie privée (Privacy Considerations).
rule-CONS003-why =
    Quand un protocole transporte ou conserve des informations sur des personnes, comme leur localisation,
    leur identité ou leur activité, les lecteurs doivent savoir qui peut les voir, combien de temps elles sont
    gardées et comment elles pourraient être détournées. Le RFC 6973 demande aux concepteurs de protocoles de
    répondre à ces questions dans une section sur les considérations de vie privée.
rule-CONS003-fix =
    Ajoutez une section sur les considérations de vie privée selon le RFC 6973 §7 : données collectées, qui
    les voit, durée de conservation, minimisation.

rule-CONS004-summary =
    Le document traite de surveillance, d'interception ou de censure mais n'a pas de considérations sur les droits humains (Human Rights Considerations).
rule-CONS004-why =
    L'interception, la surveillance et la censure touchent directement la vie privée et la liberté
    d'expression. Le RFC 9620 propose des lignes directrices pour examiner ce type de documents, et une section
    sur les considérations de droits humains montre aux lecteurs que les auteurs ont pesé l'impact sur les
    personnes et sur les groupes à risque.
rule-CONS004-fix =
    Ajoutez une section sur les considérations de droits humains qui répond aux questions du RFC 9620 §4 qui
    s'appliquent.

rule-CONS005-summary =
    Le document transporte du texte montré aux personnes mais n'a pas de section sur les considérations d'internationalisation (Internationalization Considerations).
rule-CONS005-why =
    Le texte que lisent les personnes doit fonctionner dans leur langue et leur écriture. Le RFC 2277 demande
    à chaque protocole qui transporte du texte lisible par des humains de dire comment il traite les jeux de
    caractères et les langues, en général dans une section sur les considérations d'internationalisation.
rule-CONS005-fix =
    Ajoutez des considérations d'internationalisation (RFC 2277 §6) : jeu de caractères (UTF-8), étiquettes de
    langue et localisation.

rule-CONS006-summary =
    Le document touche aux besoins des personnes handicapées mais n'a pas de section sur les considérations d'accessibilité (Accessibility Considerations).
rule-CONS006-why =
    Quand un document change la façon dont les personnes sourdes, aveugles ou ayant d'autres handicaps
    communiquent, une section dédiée permet aux relecteurs de vérifier ce qui fonctionne pour elles et ce qui
    ne fonctionne pas. Le RFC 9620 demande si un protocole offre un environnement favorable à tous.
rule-CONS006-fix =
    Ajoutez des considérations d'accessibilité : modes de communication pris en charge, alternatives, et
    recommandations du W3C suivies.

rule-CONS007-summary =
    La section sur les considérations de sécurité ne fait qu'une phrase ou deux.
rule-CONS007-why =
    Une section sur la sécurité de quelques mots montre rarement que les menaces pour les utilisateurs ont été
    analysées. Le RFC 3552 demande aux auteurs de décrire les attaques envisagées, ce contre quoi le protocole
    protège et ce qu'il laisse ouvert, pour que les développeurs et les utilisateurs connaissent les risques.
rule-CONS007-fix =
    Développez la section selon le RFC 3552 §5, ou expliquez brièvement pourquoi le document ne peut pas avoir
    d'effet sur la sécurité.

rule-CONS008-summary =
    La section sur les considérations de sécurité se contente d'affirmer que le document ne pose aucun problème de sécurité.
rule-CONS008-why =
    Affirmer qu'il n'y a « aucune considération de sécurité » sans analyse ne donne rien à vérifier aux
    lecteurs, et les nouvelles fonctions changent souvent qui peut voir ou modifier les données des
    personnes. Le RFC 3552 demande aux auteurs de montrer l'analyse qui mène à cette conclusion.
rule-CONS008-fix =
    Expliquez pourquoi : quelles menaces ont été envisagées, quelles analyses existantes s'appliquent (avec
    références), et ce qui reste ouvert.

rule-CONS009-summary =
    La section sur les considérations de vie privée se contente d'affirmer que le document ne pose aucun problème de vie privée.
rule-CONS009-why =
    Dire qu'il n'y a « aucune considération de vie privée » sans analyse cache la façon dont des
    identifiants, des métadonnées ou des données conservées pourraient révéler des choses sur les personnes.
    Le RFC 6973 donne une liste de menaces et de questions à passer en revue avant d'arriver à cette
    conclusion.
rule-CONS009-fix =
    Passez en revue les menaces du RFC 6973 §5 et les questions du §7, et notez les réponses, même courtes.

rule-CONS010-summary =
    La section sur les considérations de vie privée passe en revue les menaces et les protections décrites dans le RFC 6973.
rule-CONS010-why =
    Le RFC 6973 explique comment analyser un protocole du point de vue de la vie privée : quelles données il
    expose, qui peut recouper les informations ou identifier les personnes, et comment réduire les données au
    minimum. Une section qui le suit donne aux lecteurs un vrai compte rendu des risques pour les personnes.
rule-CONS010-fix =
    Tenez l'analyse à jour à mesure que le protocole évolue, et traitez chaque question du RFC 6973 §7.

rule-CONS011-summary =
    La section sur les considérations de droits humains examine le document selon les lignes directrices du RFC 8280 / RFC 9620.
rule-CONS011-why =
    Le RFC 9620 (qui met à jour le RFC 8280) pose des questions qui relient la conception des protocoles à des
    droits comme la liberté d'expression, la vie privée et la non-discrimination. Une section qui les passe
    en revue montre que les auteurs ont pesé l'effet de la conception sur les personnes, y compris les groupes
    à risque.
rule-CONS011-fix =
    Répondez à chaque question du RFC 9620 §4 qui s'applique, et reliez les réponses aux parties concernées de
    la conception.

rule-CONS012-summary =
    La section sur les considérations de sécurité analyse les menaces, comme les attaquants sur le chemin des données ou la surveillance généralisée.
rule-CONS012-why =
    Une section sur la sécurité qui nomme un modèle de menace et les attaquants envisagés, comme le demande le
    RFC 3552 et comme l'exige le RFC 7258 pour la surveillance généralisée, donne aux développeurs et aux
    utilisateurs une base pour faire confiance au protocole.
rule-CONS012-fix =
    Gardez le modèle de menace explicite, et indiquez quelles menaces restent ouvertes.

rule-CONS013-summary =
    La section sur les considérations d'internationalisation explique comment le texte est traité, quels que soient l'écriture et la langue.
rule-CONS013-why =
    Une section sur l'internationalisation qui règle le codage des caractères, l'étiquetage de la langue et la
    comparaison des textes montre que les personnes qui écrivent dans n'importe quelle écriture peuvent
    utiliser le protocole, comme le demande le RFC 2277.
rule-CONS013-fix =
    Traitez le codage (UTF-8), les étiquettes de langue, la comparaison (PRECIS) et l'affichage du texte,
    selon le RFC 2277 §6.

rule-CONS014-summary =
    La section Security Considerations dit ce que le protocole expose des personnes : leur identité, leur
    activité ou leurs données personnelles.
rule-CONS014-why =
    Une section de sécurité qui s'arrête aux attaques contre les serveurs ne dit rien des personnes qui
    utilisent le protocole. Quand elle dit ce qu'on peut apprendre ou suivre des utilisateurs, et ce qui les
    protège, lecteurs et développeurs peuvent peser le coût pour la vie privée, comme le demande le RFC
    6973.
rule-CONS014-fix =
    Continuez à dire qui peut apprendre quoi sur les utilisateurs et ce qui le limite ; un long texte peut
    passer dans sa propre section Privacy Considerations.

rule-CONS015-summary =
    Le résumé dit que le document porte sur la vie privée : son analyse ou sa protection est le but du
    document.
rule-CONS015-why =
    Quand le résumé dit qu'un document analyse les menaces pour la vie privée ou la protège, tout le
    document est son analyse de la vie privée, quel que soit le nom de ses sections. On peut attendre dans
    tout le texte l'analyse que demande le RFC 6973.
rule-CONS015-fix =
    Gardez l'analyse liée au texte du protocole qu'elle concerne et dites quelles menaces restent ouvertes.

rule-CONS016-summary =
    La section Privacy Considerations dit ce que le protocole expose des personnes : leur identité, leur
    activité ou leurs données personnelles.
rule-CONS016-why =
    Une section sur la vie privée qui dit ce qu'on peut apprendre ou suivre des utilisateurs, et ce qui les
    protège, permet de peser le coût du protocole pour la vie privée, comme le demande le RFC 6973. C'est le
    signe le plus clair que les auteurs ont pensé aux personnes derrière le trafic.
rule-CONS016-fix =
    Continuez à dire qui peut apprendre quoi sur les utilisateurs, ce qui le limite et quelles menaces
    restent ouvertes.

rule-ENC001-summary =
    Le chiffrement est facultatif ici, donc une partie du trafic peut circuler lisible par n'importe qui sur le chemin.
rule-ENC001-why =
    Quand le chiffrement est facultatif, les déploiements le laissent souvent désactivé, et les communications
    des personnes circulent en clair. Le RFC 7258 demande aux protocoles de limiter la surveillance
    généralisée, ce que le chiffrement facultatif ne fait pas.
rule-ENC001-fix =
    Rendez le chiffrement obligatoire à implémenter et à utiliser (MUST), ou expliquez pourquoi ce n'est pas
    possible.

rule-ENC002-summary =
    Si la protection forte échoue, le protocole continue sans rien dire avec un chiffrement plus faible, ou sans chiffrement.
rule-ENC002-why =
    Un attaquant sur le chemin peut bloquer la connexion forte et imposer la connexion faible ou non chiffrée.
    Avec un repli silencieux, les personnes se croient protégées alors que leurs communications sont
    lisibles.
rule-ENC002-fix =
    Interdisez le repli vers le texte en clair et vers des versions plus faibles (MUST NOT), authentifiez la
    négociation, et faites mémoriser qu'un pair prend en charge le chiffrement (comme le font HSTS et MTA-STS).

rule-ENC003-summary =
    Le texte envoie des données sur le réseau sans chiffrement.
rule-ENC003-why =
    Tout ce qui est envoyé en clair peut être lu, copié et stocké par chaque réseau traversé : opérateurs,
    attaquants et surveillance d'État. Des identifiants envoyés en clair permettent aussi à d'autres de se
    faire passer pour les personnes.
rule-ENC003-fix =
    Chiffrez les données en transit (MUST), et n'envoyez jamais de mots de passe ni de jetons en clair.

rule-ENC004-summary =
    L'échange de clés n'offre pas de confidentialité persistante : une seule clé volée déverrouille tout le trafic passé enregistré.
rule-ENC004-why =
    Avec des clés statiques ou le transport de clés RSA, quiconque enregistre le trafic aujourd'hui et obtient
    plus tard la clé du serveur peut tout déchiffrer. C'est exactement ce sur quoi repose la surveillance à
    grande échelle.
rule-ENC004-fix =
    Utilisez un échange de clés (EC)DH éphémère pour chaque session, et ne réutilisez pas les parts de clé.

rule-ENC005-summary =
    Le texte remet des clés de chiffrement à un équipement intermédiaire ou à un tiers pour que le trafic chiffré puisse être lu.
rule-ENC005-why =
    Des clés exportées ou partagées rendent le trafic chiffré de nouveau lisible pour qui les détient. Le même
    mécanisme qui sert un équipement de sécurité sert un espion, et les personnes ne peuvent pas savoir qui
    lit.
rule-ENC005-fix =
    N'exportez pas les clés de session vers des tiers. Faites l'inspection aux extrémités, au su des personnes
    qui communiquent.

rule-ENC006-summary =
    Le texte autorise des choix de chiffrement qui ne chiffrent rien, ou qui ne chiffrent que de façon volontairement faible.
rule-ENC006-why =
    Les chiffrements NULL envoient des données lisibles par tous tout en ressemblant à une connexion sûre, et
    les chiffrements « export » ont été affaiblis exprès pour que les gouvernements puissent les casser. Les
    deux exposent les communications des personnes.
rule-ENC006-fix =
    Interdisez les chiffrements NULL et « export » (MUST NOT les négocier), ou expliquez pourquoi la seule
    intégrité suffit.

rule-ENC007-summary =
    Le texte exige ou autorise un algorithme cryptographique cassé (MD5, SHA-1, RC4, DES).
rule-ENC007-why =
    Ces algorithmes peuvent être cassés avec une puissance de calcul abordable, donc la protection promise
    disparaît : le trafic peut être lu ou falsifié. Les exiger maintient un chiffrement faible dans les
    systèmes en service.
rule-ENC007-fix =
    Remplacez-les par des algorithmes actuels (SHA-256, AES-GCM, ChaCha20-Poly1305), et interdisez les anciens
    (MUST NOT).

rule-ENC008-summary =
    Le texte interdit les algorithmes cryptographiques cassés ou les choix de chiffrement faibles.
rule-ENC008-why =
    Interdire les algorithmes cassés supprime des options que des attaquants pourraient imposer ou exploiter,
    et les personnes obtiennent la protection promise. Le RFC 7465 (pas de RC4) et le RFC 6151 (MD5) en sont
    des exemples.
rule-ENC008-fix =
    Gardez l'interdiction, et nommez les algorithmes actuels à utiliser à la place.

rule-ENC009-summary =
    Le texte chiffre le trafic par défaut, ou au moins de façon opportuniste plutôt que pas du tout.
rule-ENC009-why =
    Un chiffrement activé par défaut protège tout le monde, y compris les personnes qui ne changent jamais un
    réglage. Le RFC 7435 explique que, face à la surveillance passive, le chiffrement opportuniste vaut mieux
    que rien.
rule-ENC009-fix =
    Gardez ce réglage par défaut ; si possible, authentifiez aussi le pair pour arrêter également les
    attaquants actifs.

rule-ENC010-summary =
    Le texte exige que le trafic du protocole soit chiffré.
rule-ENC010-why =
    Le chiffrement obligatoire protège chaque utilisateur du protocole, pas seulement ceux dont l'opérateur a
    choisi de l'activer. C'est la principale défense contre la surveillance généralisée (RFC 7258).
rule-ENC010-fix =
    Gardez l'exigence, et spécifiez un mécanisme de chiffrement actuel et authentifié.

rule-ENC011-summary =
    Le texte donne des clés nouvelles à chaque session, donc une clé volée plus tard ne peut pas déverrouiller le trafic passé enregistré.
rule-ENC011-why =
    La confidentialité persistante signifie qu'enregistrer le trafic aujourd'hui et voler une clé demain ne
    suffit pas pour le lire. Elle rend la collecte massive de trafic chiffré bien moins utile à la
    surveillance.
rule-ENC011-fix =
    Gardez la confidentialité persistante, et exigez-la (MUST) pour chaque session.

rule-ENC012-summary =
    Le texte empêche les attaquants de forcer les connexions vers un chiffrement plus faible ou vers aucun chiffrement.
rule-ENC012-why =
    La protection contre la dégradation (downgrade) conserve le chiffrement fort que les deux côtés prennent
    en charge, même quand un attaquant intervient. Sans elle, une sécurité forte mais facultative est facile à
    retirer.
rule-ENC012-fix =
    Gardez cette protection, et rendez-la obligatoire pour les implémentations.

rule-ENC013-summary =
    Le texte chiffre les requêtes DNS ou le nom du serveur, ce qui cache les sites que visitent les personnes.
rule-ENC013-why =
    Les requêtes DNS et le nom de serveur TLS révèlent quels services une personne utilise, même quand le
    contenu est chiffré. Les chiffrer (DoT, DoH, ECH) supprime une grande source de données pour la
    surveillance et la censure.
rule-ENC013-fix =
    Gardez cette protection, et faites-en le comportement par défaut quand le protocole le permet.

rule-GROUP001-summary =
    Les personnes doivent prouver leur âge, ce qui peut révéler leur identité et exclure celles qui ne peuvent pas le prouver.
rule-GROUP001-why =
    La vérification de l'âge demande souvent une pièce d'identité, un scan du visage ou un tiers de confiance :
    les personnes révèlent qui elles sont ou à quoi elles ressemblent simplement pour lire ou s'exprimer. Les
    personnes sans papiers, les migrants et certaines personnes handicapées peuvent ne jamais la réussir, et
    adultes comme enfants perdent leur anonymat. L'atelier de l'IAB sur la vérification de l'âge (RFC 9998)
    décrit ces compromis.
rule-GROUP001-fix =
    Évitez les vérifications d'âge dans le protocole ; si la loi les impose, utilisez des méthodes qui ne
    révèlent qu'une tranche d'âge (preuves à divulgation nulle de connaissance), qui fonctionnent sur
    l'appareil de la personne, sans garder de traces, et proposez une alternative aux personnes qui ne
    peuvent pas les réussir.

rule-GROUP002-summary =
    Le texte définit un champ pour le genre ou le sexe d'une personne.
rule-GROUP002-why =
    Enregistrer le genre ou le sexe peut révéler qu'une personne est trans ou non binaire, l'exposer à des
    discriminations, et forcer les personnes dans deux cases qui ne les décrivent pas. La déclaration de la
    FOC demande que les normes tiennent compte du genre et des personnes LGBTQIA+. Beaucoup de services n'ont
    jamais besoin de cette information.
rule-GROUP002-fix =
    N'incluez pas le genre s'il n'est pas indispensable ; s'il est nécessaire, rendez-le facultatif, acceptez
    d'autres valeurs qu'homme et femme, y compris du texte libre et « préfère ne pas répondre », et indiquez
    qui peut le voir.

rule-GROUP003-summary =
    Le texte traite des données sur des enfants ou des élèves, qui ont besoin d'une protection renforcée.
rule-GROUP003-why =
    Les enfants ne peuvent pas pleinement juger l'usage de leurs données ni y consentir, et des traces créées
    pendant l'enfance peuvent les suivre toute leur vie. Des données sur l'endroit où se trouvent des enfants
    ou sur les personnes à qui ils parlent peuvent les mettre en danger. La déclaration de la FOC demande aux
    normes d'accorder une attention particulière aux droits de l'enfant.
rule-GROUP003-fix =
    Collectez le moins possible sur les enfants, gardez ces données sur l'appareil ou chiffrées de bout en
    bout, supprimez-les tôt, et expliquez les protections dans une section sur les considérations de vie
    privée.

rule-GROUP004-summary =
    Le texte traite des informations particulièrement sensibles sur les personnes, comme la santé, la religion, l'origine ethnique ou l'orientation sexuelle.
rule-GROUP004-why =
    Des informations sur la santé, la religion, l'origine ethnique, les opinions politiques ou l'orientation
    sexuelle peuvent entraîner persécutions, discriminations ou violences quand elles fuient ou sont
    déduites. Beaucoup de lois les traitent comme des catégories particulières qui exigent la plus forte
    protection.
rule-GROUP004-fix =
    Évitez de transporter ces informations dans le protocole ; si c'est inévitable, rendez-les facultatives,
    chiffrez-les de bout en bout, limitez qui peut les voir, et traitez des risques dans les considérations de
    vie privée et de droits humains.

rule-GROUP005-summary =
    Le texte pourrait aider à trouver ou à surveiller des personnes particulièrement exposées, comme des journalistes, des militants ou des réfugiés.
rule-GROUP005-why =
    Les journalistes, les militants, les défenseurs des droits humains, les réfugiés et les victimes de
    violences peuvent subir violences, arrestations ou représailles si quelqu'un apprend où ils se trouvent ou
    à qui ils parlent. Le RFC 8280 rappelle comment des technologies de surveillance ont été utilisées contre
    eux. Une fonction sans danger pour la plupart des gens peut mettre la vie de ces personnes en danger.
rule-GROUP005-fix =
    Concevez le protocole pour qu'aucune partie ne puisse repérer, localiser ou démasquer une personne :
    réduisez et chiffrez les données identifiantes, évitez les identifiants stables, et décrivez la menace
    pour les groupes à risque dans les considérations de droits humains.

rule-GROUP006-summary =
    Seules certaines langues ou écritures sont prises en charge, ce qui exclut les locuteurs de langues minoritaires.
rule-GROUP006-why =
    Les locuteurs de langues minoritaires et autochtones, et les personnes qui écrivent de droite à gauche ou
    dans des écritures complexes, sont souvent les derniers pris en charge. Quand une norme ne sert que les
    grandes langues ou l'alphabet latin, ces communautés ne peuvent pas l'utiliser dans leur propre langue et
    sont poussées à l'abandonner.
rule-GROUP006-fix =
    Prenez en charge tout Unicode, le texte bidirectionnel et les étiquettes de langue pour toutes les langues
    (BCP 47), et non une liste choisie.

rule-GROUP007-summary =
    Le texte prend en charge un contrôle parental qui filtre ou surveille ce que font les enfants en ligne.
rule-GROUP007-why =
    Le contrôle parental peut protéger les jeunes enfants, mais les mêmes outils filtrent ce que les
    adolescents peuvent apprendre, lisent leurs messages privés, et peuvent être retournés contre un
    partenaire ou des adultes. Les enfants ont eux aussi droit à la vie privée et à l'information, et les
    filtres au niveau du réseau bloquent souvent les informations sur la santé, la sexualité ou les personnes
    LGBTQIA+.
rule-GROUP007-fix =
    Gardez ces contrôles sur l'appareil, sous le contrôle de la famille, transparents pour l'enfant,
    proportionnés à son âge et inutilisables par les réseaux ou des tiers ; traitez-en dans les considérations
    de droits humains.

rule-GROUP008-summary =
    Le texte tient compte des besoins et de la sécurité des groupes particulièrement exposés.
rule-GROUP008-why =
    Nommer les personnes les plus exposées (minorités, peuples autochtones, personnes LGBTQIA+, enfants,
    réfugiés) est ce qui permet aux concepteurs de les protéger. La déclaration de la FOC demande une
    attention particulière aux personnes en situation de vulnérabilité, et le RFC 9620 pose la question des
    conséquences négatives pour les groupes et les individus.
rule-GROUP008-fix =
    Transformez cette préoccupation en protections concrètes : minimisation des données, anonymat, réglages
    par défaut sûrs et moyens de signalement.

rule-GROUP009-summary =
    Les personnes peuvent signaler ou bloquer le harcèlement et les abus.
rule-GROUP009-why =
    Les femmes, les personnes LGBTQIA+, les minorités et les militants subissent bien plus de harcèlement en
    ligne que les autres. Un moyen de bloquer les agresseurs et de signaler les abus, sans exposer la victime
    ni casser le chiffrement pour tout le monde, leur donne un recours. Le RFC 9620 demande si un protocole
    soutient le droit à un recours.
rule-GROUP009-fix =
    Définissez un blocage et un signalement qui fonctionnent avec le chiffrement de bout en bout et ne
    révèlent pas qui signale.

rule-GROUP010-summary =
    Le texte tient compte de la sécurité des journalistes, des militants et des défenseurs des droits humains.
rule-GROUP010-why =
    Les journalistes, les militants et les défenseurs des droits humains comptent sur Internet pour informer
    et s'organiser, et sont souvent la cible de surveillance et d'attaques. Les protocoles qui leur permettent
    de communiquer de façon sûre et anonyme et d'accéder à des informations bloquées aident à protéger la
    liberté d'expression de tous.
rule-GROUP010-fix =
    Indiquez quelles protections (chiffrement, anonymat, résistance à la censure) aident ces utilisateurs, et
    leurs limites.

rule-GROUP011-summary =
    Les caractéristiques personnelles comme le genre sont facultatives, ouvertes ou décrites par la personne elle-même.
rule-GROUP011-why =
    Quand le genre et les caractéristiques semblables sont facultatifs et ouverts, personne n'est obligé de
    les révéler ni de choisir une case qui le décrit mal. vCard 4 (RFC 6350) permet d'exprimer l'identité de
    genre en texte libre et accepte « autre », « aucun » et « inconnu ».
rule-GROUP011-fix =
    Gardez ces caractéristiques facultatives, acceptez le texte libre et « préfère ne pas répondre », et ne les
    exigez jamais pour fournir le service.

rule-GROUP012-summary =
    Les personnes peuvent choisir de ne pas participer, ou doivent donner leur accord avant que leurs données soient utilisées.
rule-GROUP012-why =
    Le consentement et un vrai moyen de refuser permettent aux personnes, et surtout à celles qui sont
    exposées, de refuser un pistage ou un partage de données qui pourrait leur nuire. Le RFC 6973 compte la
    participation des utilisateurs parmi les moyens de limiter les menaces pour la vie privée. Le
    consentement préalable par défaut protège ceux qui ne trouvent jamais le réglage.
rule-GROUP012-fix =
    Préférez le consentement préalable pour tout ce qui partage des données personnelles, rendez le refus
    facile et durable, et dites-le.

rule-GROUP013-summary =
    Le texte prend en charge les langues et les écritures minoritaires, autochtones ou qui s'écrivent de droite à gauche.
rule-GROUP013-why =
    Prendre en charge toutes les écritures, y compris celles de droite à gauche et les écritures complexes,
    ainsi que les langues minoritaires et autochtones, permet à ces communautés d'utiliser Internet dans leur
    propre langue. La déclaration de la FOC demande une attention particulière aux peuples autochtones et aux
    personnes en situation de vulnérabilité.
rule-GROUP013-fix =
    Gardez la prise en charge de toutes les écritures et du texte bidirectionnel, et permettez d'étiqueter
    n'importe quelle langue (BCP 47).

rule-I18N001-summary =
    Le texte destiné aux personnes est limité aux lettres latines de base (ASCII), donc la plus grande partie du monde ne peut pas écrire avec.
rule-I18N001-why =
    La plupart des gens écrivent dans d'autres écritures que le latin de base, ou ont besoin d'accents
    qu'ASCII n'a pas. Quand les noms, les messages ou les descriptions montrés aux personnes doivent être en
    ASCII, ces personnes ne peuvent pas utiliser leur propre nom ni leur langue. Le RFC 2277 exige que les
    protocoles transportent le texte lisible par des humains en UTF-8.
rule-I18N001-fix =
    Autorisez tout Unicode en UTF-8 pour le texte destiné aux personnes (RFC 2277, RFC 3629), étiquetez-le
    avec sa langue (BCP 47), et réservez ASCII aux éléments du protocole que les personnes ne voient jamais.

rule-I18N002-summary =
    Le texte est supposé utiliser un ancien jeu de caractères d'Europe occidentale, sauf indication contraire.
rule-I18N002-why =
    Un choix par défaut d'ISO-8859-1 ou d'ASCII signifie que le texte dans la plupart des écritures du monde
    est déformé ou perdu dès qu'une étiquette manque. Le RFC 2277 demande aux protocoles d'utiliser UTF-8, qui
    couvre toutes les écritures, et HTTP a supprimé pour cette raison son choix par défaut d'ISO-8859-1.
rule-I18N002-fix =
    Faites d'UTF-8 le codage par défaut et obligatoire pour le texte (RFC 2277, RFC 3629).

rule-I18N003-summary =
    Le texte destiné aux personnes doit être en anglais, que beaucoup de gens ne savent pas lire.
rule-I18N003-why =
    La plupart des gens dans le monde ne lisent pas bien l'anglais. Quand les messages, les descriptions ou
    les erreurs doivent être en anglais, ils ne comprennent pas ce que le système leur dit. Le RFC 2277
    n'accepte l'anglais que comme choix par défaut quand la langue du lecteur est inconnue, avec un moyen
    d'utiliser d'autres langues.
rule-I18N003-fix =
    Autorisez le texte dans n'importe quelle langue, étiquetez-le avec sa langue (BCP 47), et laissez le
    destinataire demander une langue ; n'utilisez l'anglais qu'en dernier recours quand rien d'autre n'est
    connu (RFC 2277 §4.5).

rule-I18N004-summary =
    Les noms des personnes, les noms d'utilisateur ou les adresses électroniques doivent être écrits en lettres latines de base (ASCII).
rule-I18N004-why =
    Le nom fait partie de l'identité d'une personne. Si les noms d'utilisateur, les noms affichés ou les
    adresses électroniques ne peuvent utiliser que l'ASCII, les personnes qui écrivent en arabe, en chinois, en
    devanagari ou dans toute écriture accentuée doivent adopter une forme étrangère de leur propre nom. Le
    courrier électronique internationalisé (RFC 6530) et PRECIS (RFC 8265) montrent comment faire mieux.
rule-I18N004-fix =
    Acceptez les noms d'utilisateur et les adresses en Unicode, préparés avec PRECIS (RFC 8265) ou le courrier
    internationalisé (RFC 6530–6532), et ne gardez une forme ASCII que là où un ancien système l'exige.

rule-I18N005-summary =
    Un texte contenant des caractères hors du latin de base (ASCII) est refusé ou amputé.
rule-I18N005-why =
    Refuser ou supprimer les caractères non ASCII casse sans prévenir les noms et les messages écrits dans la
    plupart des langues du monde. Les personnes peuvent perdre une partie de leur nom ou ne pas pouvoir
    envoyer leur message du tout.
rule-I18N005-fix =
    Acceptez le texte en UTF-8 et préparez-le avec PRECIS (RFC 8264) là où une comparaison est nécessaire,
    au lieu de le refuser.

rule-I18N006-summary =
    Le codage des caractères du texte n'est pas indiqué, donc le destinataire doit le deviner et risque de le déformer.
rule-I18N006-why =
    Quand un texte ne porte pas d'étiquette indiquant son codage, les destinataires devinent, et le texte dans
    d'autres écritures que le latin de base devient illisible. Le RFC 2277 exige que tout jeu de caractères
    autre qu'UTF-8 soit explicitement indiqué, et le RFC 9620 met en garde contre le fait de laisser le jeu de
    caractères aux suppositions locales.
rule-I18N006-fix =
    Exigez UTF-8, ou exigez que chaque texte soit étiqueté avec son jeu de caractères (RFC 2277 §3.2).

rule-I18N007-summary =
    Le texte destiné aux personnes ne porte aucune étiquette indiquant sa langue.
rule-I18N007-why =
    Sans étiquette de langue, les logiciels ne peuvent pas choisir les bonnes polices, l'orthographe, la voix
    de synthèse ou la traduction, ni proposer aux personnes un texte dans une langue qu'elles comprennent. Les
    lecteurs d'écran le lisent avec une mauvaise prononciation. Le RFC 2277 demande aux protocoles d'indiquer
    la langue du texte lisible par des humains.
rule-I18N007-fix =
    Étiquetez le texte lisible par des humains avec une étiquette de langue BCP 47 (RFC 5646), comme l'exige
    le RFC 2277 §4.2.

rule-I18N008-summary =
    Le texte utilise UTF-8 ou Unicode, donc les personnes peuvent écrire dans n'importe quelle écriture.
rule-I18N008-why =
    UTF-8 (RFC 3629) code toutes les écritures d'Unicode, donc les personnes peuvent utiliser leur propre nom
    et leur langue. Le RFC 2277 fait d'UTF-8 le codage obligatoire de l'IETF pour le texte, et le RFC 9620
    recommande de n'autoriser qu'Unicode en UTF-8 pour le texte que les personnes lisent ou écrivent.
rule-I18N008-fix =
    Gardez UTF-8 obligatoire pour tout texte lisible par des humains, et préparez les identifiants avec PRECIS
    (RFC 8264).

rule-I18N009-summary =
    Le texte est étiqueté avec sa langue (étiquettes de langue BCP 47).
rule-I18N009-why =
    Une étiquette de langue indique aux logiciels dans quelle langue est le texte, pour qu'ils choisissent les
    polices, l'orthographe, la voix et la traduction, et proposent aux personnes un texte dans une langue
    qu'elles comprennent. Le RFC 9620 cite les étiquettes de langue du RFC 5646 comme une conception qui permet
    de présenter l'information dans plusieurs langues.
rule-I18N009-fix =
    Exigez une étiquette de langue BCP 47 sur chaque texte lisible par des humains, et autorisez plusieurs
    langues côte à côte.

rule-I18N010-summary =
    Les noms de domaine et les adresses web peuvent être écrits dans n'importe quelle écriture (noms de domaine internationalisés, IRI).
rule-I18N010-why =
    Les noms de domaine internationalisés (IDNA, RFC 5890–5893) et les IRI (RFC 3987) permettent aux personnes
    d'utiliser des adresses dans leur propre écriture plutôt qu'en lettres latines de base seulement. Les
    personnes et les organisations peuvent ainsi se nommer dans leur propre langue sur Internet.
rule-I18N010-fix =
    Prenez en charge les U-labels et les IRI partout où les personnes voient ou tapent des adresses, et ne
    convertissez en A-labels que pour la transmission.

rule-I18N011-summary =
    Les adresses et les en-têtes de courrier électronique peuvent utiliser n'importe quelle écriture (courrier internationalisé).
rule-I18N011-why =
    Le courrier électronique internationalisé (RFC 6530–6533) permet aux personnes d'avoir des adresses et
    d'écrire les en-têtes des messages dans leur propre écriture. Sans lui, elles doivent utiliser une adresse
    en lettres latines de base qui ne correspond pas forcément à leur nom ou à leur langue.
rule-I18N011-fix =
    Prenez en charge SMTPUTF8 de bout en bout, et autorisez UTF-8 dans les adresses et les en-têtes que
    voient les personnes.

rule-I18N012-summary =
    Le codage des caractères du texte est indiqué, ou le texte suit la politique de l'IETF sur les jeux de caractères et les langues.
rule-I18N012-why =
    Une étiquette de jeu de caractères permet au destinataire de décoder correctement le texte dans
    n'importe quelle écriture au lieu de deviner. Le RFC 2277, politique de l'IETF sur les jeux de caractères
    et les langues, l'exige, et le suivre montre que les auteurs ont pensé aux personnes qui écrivent dans
    d'autres écritures que le latin de base.
rule-I18N012-fix =
    Préférez UTF-8 seul ; là où d'autres jeux de caractères sont permis, exigez une étiquette de jeu de
    caractères sur chaque texte.

rule-I18N013-summary =
    Les personnes peuvent recevoir le texte dans la langue de leur choix, ou le texte est adapté (localisé) pour elles.
rule-I18N013-why =
    Permettre aux personnes d'indiquer une langue préférée, et envoyer le texte lisible dans plusieurs
    langues, signifie qu'on s'adresse à elles dans une langue qu'elles comprennent. Le RFC 2277 demande aux
    protocoles qui transportent du texte pour des personnes de prendre en charge la négociation de la langue
    quand c'est utile, et le RFC 9620 pose la question de la localisation.
rule-I18N013-fix =
    Laissez les clients indiquer leurs préférences de langue, et autorisez le texte lisible dans plusieurs
    langues étiquetées.

rule-I18N014-summary =
    Les messages que les personnes écrivent et lisent ne peuvent contenir que des caractères ASCII : la
    plupart des langues du monde ne peuvent pas s'y écrire.
rule-I18N014-why =
    ASCII contient les lettres de l'anglais et peu d'autres. Quand un format de courrier ou de messages
    n'accepte que l'ASCII dans le texte que les personnes écrivent et lisent (le corps, l'objet, les noms
    dans les champs d'en-tête), qui écrit dans une autre écriture doit translittérer, contourner la limite
    par un codage ou renoncer à sa langue.
rule-I18N014-fix =
    Acceptez l'UTF-8 dans le texte des messages et les champs d'en-tête (RFC 6532, RFC 6531), indiquez le
    jeu de caractères et dites comment sont traités les anciens systèmes limités à l'ASCII.

rule-ID001-summary =
    Les adresses de l'appareil sont construites à partir de son adresse matérielle (MAC), donc le même appareil peut être reconnu sur chaque réseau qu'il rejoint.
rule-ID001-why =
    Une adresse MAC est gravée dans une carte réseau et ne change normalement jamais. Quand elle est copiée
    dans l'adresse IP de l'appareil, chaque site web et chaque réseau que la personne utilise voit la même
    valeur, donc ses déplacements et son activité peuvent être reliés pendant des années. Le RFC 7721 et le
    RFC 8064 décrivent ce risque de pistage.
rule-ID001-fix =
    Générez les identifiants d'interface selon le RFC 7217 (stables mais opaques pour chaque réseau) et le
    RFC 8981 (adresses temporaires) au lieu d'y inclure l'adresse matérielle, et dites-le de façon normative.

rule-ID002-summary =
    Un identifiant fixe du téléphone, de la carte SIM ou du matériel (IMEI, IMSI, numéro de série) est envoyé dans les messages du protocole.
rule-ID002-why =
    Des identifiants comme l'IMEI, l'IMSI ou le numéro de série d'un appareil sont liés à un téléphone ou à une
    carte SIM pour toute leur durée de vie, et souvent à un contrat nominatif. Les envoyer dans les messages du
    protocole permet à chaque partie qui voit ces messages de reconnaître et de suivre la personne, et ils ne
    peuvent pas être changés quand ils fuient.
rule-ID002-fix =
    Utilisez plutôt un identifiant propre à chaque service ou session, chiffrez ou masquez l'identifiant
    permanent (comme le fait la 5G avec le SUCI), et indiquez dans les considérations de vie privée qui peut
    le voir et pendant combien de temps.

rule-ID003-summary =
    Le texte s'appuie sur des cookies ou des valeurs stockées similaires qui permettent aux sites de reconnaître et de suivre une personne d'une visite ou d'un site à l'autre.
rule-ID003-why =
    Les cookies persistants et tiers donnent au navigateur une étiquette qu'il renvoie automatiquement : les
    réseaux publicitaires peuvent ainsi reconnaître la même personne sur de nombreux sites et pendant des
    mois. Les supercookies cachés dans d'autres espaces de stockage reviennent même après que la personne a
    supprimé ses cookies. Le RFC 6265 §7 décrit comment les cookies servent à pister les utilisateurs.
rule-ID003-fix =
    Limitez la durée de vie et la portée de l'état stocké, cloisonnez-le par site, donnez aux utilisateurs un
    moyen de le voir et de le supprimer, et décrivez le risque de pistage dans les considérations de vie
    privée.

rule-ID004-summary =
    Le protocole donne à un appareil, un navigateur ou une personne un identifiant permanent que voit chaque partie avec qui il communique.
rule-ID004-why =
    Un identifiant permanent fonctionne comme un badge nominatif qu'on ne retire jamais. Quiconque le voit
    peut relier tout ce que fait la personne, d'un service à l'autre et pendant des années, et le combiner avec
    d'autres données. La déclaration de la FOC désigne l'obligation d'identifiants permanents d'appareils comme
    un risque pour les droits humains.
rule-ID004-fix =
    Utilisez des identifiants limités à un service ou à une session, renouvelés régulièrement ou que
    l'utilisateur peut réinitialiser ; si un identifiant stable est inévitable, expliquez qui le voit et
    pourquoi dans les considérations de vie privée.

rule-ID005-summary =
    Le même identifiant est utilisé d'un réseau ou d'un site à l'autre, ou après une réinitialisation, donc l'activité d'une personne à différents endroits peut être reliée.
rule-ID005-why =
    Un identifiant qui reste le même quand une personne passe d'un réseau, d'un site web ou d'une application à
    l'autre, ou même après la réinitialisation de son appareil, permet à des observateurs distincts de
    recouper ce qu'ils voient. Le réseau de la maison, celui d'un café et un site web peuvent alors tous
    reconnaître le même téléphone. Le RFC 6973 appelle cela la corrélation.
rule-ID005-fix =
    Limitez les identifiants à un réseau, un site ou une partie utilisatrice (RFC 7217, identifiants par
    paire), changez-les quand le contexte change, et laissez les utilisateurs les réinitialiser.

rule-ID006-summary =
    Un identifiant est fixé dans l'appareil ou ne peut pas être réinitialisé par la personne qui l'utilise.
rule-ID006-why =
    Si une personne ne peut pas changer ni effacer un identifiant, tout lien établi entre cet identifiant et
    son identité est définitif. Une fois qu'il a fui, il la suit pendant toute la vie de l'appareil, et elle
    n'a d'autre solution que d'acheter un nouveau matériel.
rule-ID006-fix =
    Laissez l'utilisateur réinitialiser, renouveler ou supprimer l'identifiant, préférez des identifiants
    générés par logiciel à ceux fixés dans le matériel, et gardez les identifiants matériels hors du réseau.

rule-ID007-summary =
    La fonction expose des détails qui peuvent être combinés pour reconnaître l'appareil d'une personne sans aucun cookie.
rule-ID007-why =
    De petits détails comme les polices, la taille de l'écran, les options prises en charge ou les temps de
    réponse peuvent être combinés en une empreinte presque unique à un appareil. Contrairement à un cookie, la
    personne ne peut ni la voir ni la supprimer, ce qui permet un pistage caché entre sites et sessions.
rule-ID007-fix =
    Exposez le moins possible de détails propres à l'appareil, uniformisez les valeurs entre
    implémentations, soumettez-les à l'autorisation de l'utilisateur, et décrivez la surface d'empreinte
    numérique dans les considérations de vie privée.

rule-ID008-summary =
    Les machines utilisent des adresses temporaires, générées au hasard, qui changent avec le temps et les rendent plus difficiles à pister.
rule-ID008-why =
    Les adresses temporaires remplacent un identifiant fixe par un identifiant aléatoire jeté au bout d'un
    moment. Les observateurs ne peuvent alors relier l'activité d'une personne que sur une courte période,
    et non pendant toute la vie de l'appareil. Le RFC 8981 définit ces adresses pour IPv6.
rule-ID008-fix =
    Gardez les adresses temporaires activées par défaut pour les connexions sortantes, et indiquez à quelle
    fréquence elles changent.

rule-ID009-summary =
    Les identifiants sont opaques et différents pour chaque réseau ou site, donc ils ne révèlent rien de l'appareil et ne peuvent pas être reliés d'un endroit à l'autre.
rule-ID009-why =
    Un identifiant stable dans un réseau ou pour un site web, mais différent partout ailleurs et dérivé de rien
    de visible, permet aux services de fonctionner sans distribuer une étiquette de pistage globale. Le
    RFC 7217 le fait pour les adresses IPv6 ; les identifiants par paire le font pour les connexions à un compte.
rule-ID009-fix =
    Dérivez les identifiants avec une fonction pseudo-aléatoire à clé appliquée au contexte (préfixe réseau,
    site, partie utilisatrice), jamais à partir de valeurs matérielles, et exigez-le de façon normative.

rule-ID010-summary =
    Les appareils utilisent des adresses matérielles (MAC) aléatoires au lieu de celle gravée dans la carte réseau.
rule-ID010-why =
    Les trames Wi-Fi et Ethernet portent l'adresse MAC de l'appareil, que les réseaux locaux et les capteurs
    proches peuvent enregistrer pour suivre un téléphone d'un lieu à l'autre. Utiliser une adresse aléatoire
    par réseau ou par période coupe ce lien. Le RFC 7844 et le RFC 9797 décrivent comment le faire sans casser
    les services.
rule-ID010-fix =
    Prenez en charge les adresses MAC aléatoires, évitez de laisser fuir la vraie dans des champs de couches
    supérieures (identifiants de client DHCP, noms de machine), et expliquez l'effet sur le protocole.

rule-ID011-summary =
    Les identifiants changent régulièrement ou peuvent être réinitialisés par l'utilisateur, ce qui limite la durée pendant laquelle on peut suivre une personne.
rule-ID011-why =
    Même un identifiant aléatoire devient une étiquette de pistage s'il est gardé pour toujours. Le changer
    selon un calendrier, quand l'appareil passe sur un nouveau réseau ou chaque fois que la personne le
    demande, limite les recoupements à de courtes périodes et donne aux personnes un moyen de repartir à zéro.
rule-ID011-fix =
    Indiquez quand les identifiants changent (par connexion, par réseau, selon une minuterie), faites du
    renouvellement le comportement par défaut, et donnez aux utilisateurs un moyen de les réinitialiser ou de
    les supprimer.

rule-ID012-summary =
    Le texte interdit de mettre des adresses matérielles ou des identifiants permanents d'appareil dans ce qui est envoyé sur le réseau.
rule-ID012-why =
    Tenir les adresses matérielles et les numéros permanents d'appareil hors des transmissions supprime le
    moyen le plus simple de suivre un appareil d'un réseau à l'autre et au fil des années. Le RFC 8064 a
    changé pour cette raison les réglages par défaut d'IPv6.
rule-ID012-fix =
    Gardez l'interdiction normative (MUST NOT) et nommez le mécanisme de remplacement, comme le RFC 7217 ou le
    RFC 8981.

rule-ID013-summary =
    Le texte prend des mesures pour limiter l'empreinte numérique, c'est-à-dire la reconnaissance d'un appareil à partir de ses détails visibles.
rule-ID013-why =
    Chaque détail supplémentaire révélé par un appareil permet de le distinguer plus facilement parmi des
    millions. Garder ces détails uniformes, approximatifs ou soumis à autorisation évite que les personnes qui
    ont supprimé leurs cookies ou utilisent une navigation privée soient reconnues malgré tout.
rule-ID013-fix =
    Gardez cette protection normative, et expliquez quelle surface d'empreinte numérique subsiste.

rule-ID014-summary =
    Un identifiant de client contient l'adresse matérielle de l'appareil, qui reste la même sur tous les
    réseaux.
rule-ID014-why =
    L'adresse matérielle (MAC) est fixée en usine et suit l'appareil partout. Si un protocole s'en sert
    comme identifiant du client, chaque réseau que l'appareil rejoint, et toute personne qui écoute, peut le
    reconnaître et suivre son propriétaire d'un lieu à l'autre.
rule-ID014-fix =
    Laissez les clients utiliser un identifiant aléatoire ou propre à chaque réseau (profils d'anonymat du
    RFC 7844, RFC 7217) et dites ce que l'identifiant révèle.

rule-ID015-summary =
    Le protocole envoie le nom de connexion de l'utilisateur, un identifiant qui ne change pas pendant des
    années, pour chaque connexion qu'il ouvre.
rule-ID015-why =
    Un nom de connexion est attribué une fois et sert aussi d'adresse de courriel et de nom de compte. Un
    protocole qui le donne à chaque connexion fournit à chaque service la même étiquette pour cette personne
    : ses visites peuvent être reliées d'un service à l'autre et dans le temps.
rule-ID015-fix =
    Renvoyez un jeton opaque qui change à chaque connexion (le RFC 1413 permet un jeton d'audit chiffré), ou
    rien, et dites ce que l'identifiant révèle.

rule-ID016-summary =
    Le protocole demande aux clients de garder un identifiant à vie et de l'envoyer à chaque réseau qu'ils
    rejoignent.
rule-ID016-why =
    Un identifiant unique à un appareil et conçu pour ne jamais changer fonctionne comme un numéro de série.
    Si le client l'envoie à chaque réseau, tout opérateur, et toute personne qui voit les messages, peut
    reconnaître le même appareil, et son propriétaire, partout et pendant des années.
rule-ID016-fix =
    Laissez les clients utiliser un identifiant différent sur chaque réseau ou le changer avec le temps
    (profils d'anonymat du RFC 7844), et dites dans Privacy Considerations ce qu'un identifiant stable
    révèle.

rule-LI001-summary =
    Le texte décrit une interface pour intercepter les communications des personnes.
rule-LI001-why =
    Une interface d'interception permet à un tiers de copier les appels et les messages des personnes. Une
    fois qu'elle existe, elle peut être détournée par des personnes de l'intérieur, des attaquants ou des
    gouvernements sans contrôle suffisant. Le RFC 2804 explique pourquoi l'IETF n'intègre pas d'écoutes dans
    ses normes.
rule-LI001-fix =
    Supprimez la capacité d'interception, ou expliquez dans une section sur les considérations de droits
    humains qui peut l'utiliser, sous quel contrôle, et comment les abus sont détectés et empêchés.

rule-LI002-summary =
    Le texte crée un moyen pour un tiers de mettre sur écoute les communications des personnes.
rule-LI002-why =
    Une capacité d'écoute dans les équipements ou les protocoles peut être activée par des personnes de
    l'intérieur, des attaquants ou des gouvernements, souvent sans contrôle. Le RFC 2804 explique que ces
    fonctions ajoutent de la complexité et des failles de sécurité, et la déclaration de la FOC désigne
    l'interception des communications comme un risque des normes pour les droits humains.
rule-LI002-fix =
    Laissez cette capacité hors de la norme. Si elle existe ailleurs, indiquez que le protocole ne la fournit
    pas et que les extrémités peuvent se protéger par un chiffrement de bout en bout.

rule-LI003-summary =
    Le texte décrit comment la personne dont les communications sont interceptées est identifiée et sélectionnée.
rule-LI003-why =
    La sélection des cibles est le cœur d'un système d'interception : elle décide de qui les appels et les
    messages sont copiés. La normaliser facilite le déploiement de l'interception à grande échelle, y compris
    par des gouvernements sans contrôle indépendant.
rule-LI003-fix =
    Ne définissez pas la sélection des cibles dans une norme Internet (RFC 2804). Si le document doit la
    mentionner, expliquez les garanties juridiques et comment les abus sont détectés.

rule-LI004-summary =
    Le texte envoie des copies des communications ou des relevés des personnes aux forces de l'ordre.
rule-LI004-why =
    Un moyen normalisé de remettre les communications aux autorités rend l'interception bon marché et
    routinière. Là où l'État de droit est faible, la même voie de remise sert à surveiller des journalistes,
    des militants et des minorités.
rule-LI004-fix =
    Laissez la remise aux autorités hors du protocole. Si le document doit la décrire, indiquez le contrôle
    juridique qu'il suppose et comment les personnes peuvent obtenir réparation.

rule-LI005-summary =
    Le texte exige que l'interception reste cachée à la personne surveillée.
rule-LI005-why =
    Une interception secrète ne laisse à la personne aucune chance de savoir, de s'y opposer ou d'obtenir
    réparation. La cacher est aussi ce qui rend difficile la détection des abus par des personnes de
    l'intérieur et par des attaquants.
rule-LI005-fix =
    Ne normalisez pas l'interception clandestine. Préférez des conceptions où les extrémités peuvent détecter
    une manipulation ou une interception (chiffrement de bout en bout authentifié, journaux de transparence).

rule-LI006-summary =
    Le texte donne à un tiers un moyen d'obtenir les clés qui protègent les communications des personnes.
rule-LI006-why =
    Des clés déposées chez un tiers ou récupérables sont un passe-partout pour les communications de tout le
    monde. Elles sont une cible de choix pour les attaquants, et le RFC 1984 et le RFC 2804 expliquent
    pourquoi l'IETF rejette le séquestre de clés et l'accès exceptionnel.
rule-LI006-fix =
    Supprimez le séquestre de clés et la récupération de clés par un tiers. Gardez les clés sous le seul
    contrôle des extrémités qui communiquent, et dites-le.

rule-LI007-summary =
    Le texte est conçu pour satisfaire une obligation légale de rendre les communications interceptables.
rule-LI007-why =
    Les obligations d'interception diffèrent d'un pays à l'autre et sont parfois utilisées contre les
    personnes plutôt que contre le crime. Concevoir une norme mondiale autour de l'obligation d'un seul régime
    rend interceptables tous ceux qui l'utilisent (RFC 2804).
rule-LI007-fix =
    Laissez les exigences nationales d'interception hors de la norme Internet ; si elles sont mentionnées,
    expliquez qu'elles ne sont pas des exigences du protocole.

rule-LI008-summary =
    Le texte copie le trafic des personnes vers un autre endroit pour qu'il puisse être intercepté.
rule-LI008-why =
    Dupliquer le trafic d'une personne vers une autre destination, c'est ainsi que fonctionne en pratique
    l'interception sur le réseau. Des mécanismes normalisés pour cela peuvent être détournés pour surveiller
    n'importe qui dont le trafic passe par l'équipement.
rule-LI008-fix =
    Ne définissez pas de duplication de trafic pour l'interception. Si une copie est nécessaire à
    l'exploitation du réseau, limitez-la à des données agrégées ou anonymisées et interdisez son usage pour
    l'interception.

rule-LI009-summary =
    Le texte refuse d'intégrer des écoutes ou de l'interception dans le protocole.
rule-LI009-why =
    Le RFC 2804 énonce la politique de l'IETF de ne pas prendre en compte d'exigences d'écoute, parce que ces
    fonctions ajoutent de la complexité et des failles de sécurité et ne servent équitablement aucune
    juridiction. Un document qui la suit garde les communications des personnes libres de toute interception
    intégrée.
rule-LI009-fix =
    Gardez ce refus, et renvoyez au RFC 2804 pour les raisons.

rule-LI010-summary =
    Le texte fait en sorte que le contenu des communications ne soit lisible que par les personnes qui communiquent.
rule-LI010-why =
    Quand seules les extrémités détiennent les clés, aucun serveur, opérateur ou équipement réseau ne peut
    remettre un contenu lisible, quoi qu'on lui demande. Le chiffrement de bout en bout est la protection
    technique la plus forte contre l'interception.
rule-LI010-fix =
    Gardez la protection de bout en bout, et rendez-la obligatoire plutôt que facultative quand c'est possible.

rule-LI011-summary =
    Le texte permet aux personnes ou aux organes de contrôle d'apprendre qu'il y a interception des communications.
rule-LI011-why =
    Une interception qui peut être détectée, signalée ou auditée peut être contestée. La transparence donne aux
    personnes une chance d'obtenir réparation et rend visibles les abus des personnes de l'intérieur et des
    attaquants.
rule-LI011-fix =
    Gardez ce mécanisme de transparence, et faites de la détection ou de la notification une partie du texte
    normatif.

rule-LI012-summary =
    Le texte exclut les accès cachés (portes dérobées) au protocole ou à son chiffrement.
rule-LI012-why =
    Une porte dérobée pour une partie est une porte dérobée pour tout attaquant qui la trouve. Affirmer qu'une
    conception n'en a aucune, et ne doit en avoir aucune, protège tous ceux qui en dépendent.
rule-LI012-fix =
    Gardez cette affirmation, et rendez-la normative (MUST NOT) pour les implémentations.

rule-LI013-summary =
    Le texte explique que les fonctions d'interception affaiblissent la sécurité de tous, conformément à la politique de l'IETF.
rule-LI013-why =
    Le RFC 2804 et le RFC 1984 expliquent que les fonctions d'écoute et le séquestre de clés créent des failles
    de sécurité que les attaquants peuvent aussi exploiter. Un document qui le dit est moins susceptible
    d'accepter des exigences d'interception.
rule-LI013-fix =
    Gardez cette affirmation, et assurez-vous que la conception la respecte.

rule-SURV001-summary =
    Le texte demande aux serveurs ou aux réseaux de garder des journaux indiquant qui s'est connecté à eux (adresses, ports, heures).
rule-SURV001-why =
    Les journaux de connexion relient les adresses réseau des personnes à ce qu'elles ont fait et à quel
    moment. Les journaux conservés peuvent être réclamés par les autorités, fuiter ou être vendus, et ils
    permettent à qui les détient de reconstituer l'activité en ligne d'une personne. Le RFC 6973 compte ces
    données stockées parmi les menaces pour la vie privée.
rule-SURV001-fix =
    N'enregistrez que ce dont l'exploitation a vraiment besoin, évitez d'enregistrer les adresses et les ports
    des clients, tronquez-les ou anonymisez-les quand la journalisation est inévitable, et indiquez combien de
    temps les journaux sont gardés et qui peut les voir.

rule-SURV002-summary =
    Le texte prévoit que les données sur l'usage du réseau par les personnes soient gardées longtemps, ou en vertu d'obligations légales de conservation.
rule-SURV002-why =
    Les règles de conservation des données transforment chaque fournisseur en dépôt d'archives sur ce que les
    personnes ont fait en ligne. Plus les données sont gardées longtemps, plus elles risquent de fuiter,
    d'être réutilisées à d'autres fins ou remises aux autorités sans contrôle suffisant.
rule-SURV002-fix =
    N'intégrez pas d'obligation de conservation dans le protocole. Ne gardez les données que le temps dont le
    service a besoin, dites-le explicitement, puis supprimez-les ou agrégez-les.

rule-SURV003-summary =
    Le texte fait en sorte que des appareils ou des logiciels signalent à un collecteur central ce que font les personnes.
rule-SURV003-why =
    Une télémétrie qui transporte l'identité ou l'activité des utilisateurs devient un flux de données de
    surveillance sur les personnes, souvent à leur insu. Une fois collectées de façon centralisée, ces données
    peuvent être combinées, réutilisées ou réclamées par d'autres.
rule-SURV003-fix =
    Faites de l'envoi de rapports une option à activer, n'envoyez que des données agrégées ou anonymisées,
    retirez les identifiants, et décrivez ce qui est envoyé, à qui, et combien de temps c'est gardé.

rule-SURV004-summary =
    Le texte décrit comment observer ou enregistrer ce que font ou disent des personnes précises.
rule-SURV004-why =
    Une fonction du protocole qui surveille les communications, les déplacements ou le comportement des
    personnes peut servir à surveiller des journalistes, des militants ou n'importe qui d'autre. Le RFC 7258
    traite la surveillance généralisée comme une attaque, et la déclaration de la FOC désigne la surveillance
    de masse comme un risque des normes pour les droits humains.
rule-SURV004-fix =
    Supprimez la capacité de surveillance, ou limitez-la à des données agrégées sur l'état du réseau qui ne
    permettent pas d'identifier les personnes, et expliquez les garanties dans une section sur les
    considérations de vie privée ou de droits humains.

rule-SURV005-summary =
    Le texte collecte des données personnelles ou des métadonnées de communication sur les personnes.
rule-SURV005-why =
    Les données personnelles et les métadonnées (qui a parlé à qui, quand, d'où) révèlent les relations, les
    habitudes et les convictions des personnes. Les données collectées peuvent fuiter, être réutilisées à
    d'autres fins ou être remises aux autorités.
rule-SURV005-fix =
    Ne collectez que ce dont le protocole a strictement besoin, évitez les identifiants, agrégez ou anonymisez
    tôt, et décrivez les données et leur durée de vie dans une section sur les considérations de vie privée
    (RFC 6973).

rule-SURV006-summary =
    Le texte transmet des informations sur les utilisateurs à d'autres parties que celle avec qui ils ont choisi de communiquer.
rule-SURV006-why =
    Chaque partie supplémentaire qui reçoit des données sur les personnes est un endroit de plus où elles
    peuvent être stockées, combinées, vendues ou réclamées par les autorités. Les personnes ne peuvent
    généralement ni voir ni contrôler ces transmissions en cascade.
rule-SURV006-fix =
    N'envoyez les données des utilisateurs qu'à la partie qui en a besoin pour le service, réduisez-les ou
    anonymisez-les d'abord, et laissez les utilisateurs refuser tout partage ultérieur.

rule-SURV007-summary =
    Le texte laisse des informations sur les communications des personnes lisibles par quiconque observe le réseau.
rule-SURV007-why =
    Ce qu'un observateur sur le chemin peut lire, il peut l'enregistrer à grande échelle. Des noms, des
    adresses et des identifiants lisibles permettent aux opérateurs de réseau, aux attaquants et aux agences
    de l'État de suivre ce que font les personnes. Le RFC 7624 décrit comment la surveillance généralisée
    exploite justement ce type de données exposées.
rule-SURV007-fix =
    Chiffrez les champs exposés, ou supprimez-les, et indiquez dans les considérations de sécurité ou de vie
    privée ce qu'un observateur sur le chemin peut encore apprendre.

rule-SURV008-summary =
    Le texte traite la surveillance de masse du réseau comme une attaque et conçoit le protocole pour s'en protéger.
rule-SURV008-why =
    Le RFC 7258 (BCP 188) dit que la surveillance généralisée est une attaque que les protocoles doivent
    limiter. Un document qui adopte cette position a plus de chances de protéger les communications des
    personnes contre la surveillance de masse.
rule-SURV008-fix =
    Gardez cette position, et montrez concrètement quels choix de conception rendent la surveillance
    généralisée plus difficile.

rule-SURV009-summary =
    Le texte limite la quantité de données sur les personnes qui sont collectées, partagées ou conservées.
rule-SURV009-why =
    Des données jamais collectées ne peuvent ni fuiter, ni être vendues, ni être réclamées. La minimisation est
    la première protection de la vie privée citée par le RFC 6973, et elle protège les personnes même quand
    les autres garanties échouent.
rule-SURV009-fix =
    Gardez cette minimisation, et rendez-la normative (MUST/SHOULD) là où le protocole le permet.

rule-SURV010-summary =
    Le texte cache les communications des personnes, ou leurs métadonnées, à ceux qui observent le réseau.
rule-SURV010-why =
    Chiffrer le contenu et les métadonnées empêche les observateurs de masse d'apprendre qui parle à qui et de
    quoi. Le RFC 7624 et le RFC 7258 le recommandent comme principale défense contre la surveillance
    généralisée.
rule-SURV010-fix =
    Gardez cette protection, et indiquez ce qu'un observateur peut encore voir (tailles, moments, adresses).

rule-SURV011-summary =
    Le texte limite la durée pendant laquelle les données sur les personnes peuvent être conservées.
rule-SURV011-why =
    Des données supprimées peu après usage ne peuvent plus fuiter, être réutilisées ou être remises plus tard.
    Une courte conservation limite les dégâts quand un service est piraté ou contraint de divulguer ce qu'il
    détient.
rule-SURV011-fix =
    Gardez cette limite, et donnez une durée maximale de conservation précise quand c'est possible.

rule-SURV012-summary =
    Le texte permet aux personnes de décider si des données les concernant sont collectées ou partagées.
rule-SURV012-why =
    Le consentement et le contrôle permettent aux personnes de refuser une collecte qu'elles ne veulent pas.
    Sans eux, les données qui les concernent circulent sans bruit. Le consentement ne remplace pas la
    minimisation, mais il donne aux personnes leur mot à dire.
rule-SURV012-fix =
    Gardez ce contrôle ; faites du choix protecteur de la vie privée le réglage par défaut, et rendez ce choix
    facile à modifier.

rule-SURV013-summary =
    Le texte permet de recueillir des données sur les personnes à leur insu, ou de s'en servir pour établir leur profil.
rule-SURV013-why =
    Une collecte dont les personnes ne savent rien ne peut être ni refusée ni contestée. Les profils construits
    à partir de nombreuses petites observations révèlent habitudes, convictions et relations, et servent
    souvent de base à la discrimination et au ciblage.
rule-SURV013-fix =
    Exigez que les utilisateurs soient informés de la collecte et y consentent, interdisez le profilage dans
    le texte normatif (MUST NOT), et décrivez les garanties dans une section sur les considérations de vie
    privée.

rule-SURV014-summary =
    Le protocole envoie des enregistrements de qui a parlé avec qui (flux de trafic) depuis le réseau vers
    un collecteur.
rule-SURV014-why =
    Un enregistrement de flux contient les adresses, les ports, les heures et les volumes d'une
    communication : assez pour savoir qui a parlé avec qui, quand et combien de temps, sans lire le contenu.
    Exporter ces enregistrements vers un collecteur central crée un journal des communications des
    personnes, qu'on peut garder, fouiller et transmettre.
rule-SURV014-fix =
    Dites ce que les enregistrements révèlent des utilisateurs, n'exportez que ce que le but exige,
    anonymisez les adresses avant l'export (RFC 6235), limitez la conservation et protégez le canal
    d'export.

rule-SURV015-summary =
    Les destinataires envoient des rapports sur les messages reçus, avec des adresses ou du contenu, à un
    tiers comme le domaine de l'expéditeur.
rule-SURV015-why =
    Les rapports sur le courrier reçu peuvent dire qui a écrit à qui, quand, et parfois contenir le message
    entier. Ils vont à un tiers que ni l'expéditeur ni le destinataire n'ont choisi, et qui peut les garder,
    les croiser ou en abuser.
rule-SURV015-fix =
    Par défaut, ne rapportez que des chiffres agrégés, masquez les données personnelles dans les rapports
    par message et dites qui peut les recevoir et combien de temps ils sont gardés.

rule-TRAF001-summary =
    Le réseau ajoute des informations, comme l'identité de l'abonné, au trafic des personnes à leur insu.
rule-TRAF001-why =
    L'enrichissement d'en-têtes permet à un opérateur mobile ou à un équipement intermédiaire d'apposer
    l'identité ou le numéro de téléphone de l'abonné sur chaque requête web : les sites apprennent qui est la
    personne sans le lui demander. Cela modifie aussi le trafic envoyé par la personne, et rompt le principe
    selon lequel le réseau transporte les données sans les altérer.
rule-TRAF001-fix =
    Ne laissez pas le réseau ajouter des données au trafic de bout en bout ; si une information doit être
    partagée, utilisez un mécanisme explicite, consenti et de bout en bout, et protégez le trafic par le
    chiffrement.

rule-TRAF002-summary =
    Un opérateur de réseau ou un proxy insère son propre contenu, comme des avis ou des publicités, dans les pages que chargent les personnes.
rule-TRAF002-why =
    Quand un fournisseur d'accès injecte du contenu dans des pages web, les personnes voient quelque chose que
    le site n'a jamais envoyé et ne peuvent pas savoir qui l'a écrit. La même capacité sert à insérer de la
    publicité, à pister les utilisateurs ou à diffuser des logiciels malveillants, et elle rompt l'intégrité
    de la communication. Le RFC 6108 décrit un tel système.
rule-TRAF002-fix =
    Transmettez les messages de l'opérateur par un canal explicite choisi par l'utilisateur (courrier
    électronique, application, API de portail captif), jamais en modifiant le trafic de bout en bout, et
    protégez le trafic par le chiffrement.

rule-TRAF003-summary =
    Le réseau ralentit ou favorise le trafic selon l'application, le service ou le contenu qu'il transporte.
rule-TRAF003-why =
    Quand les réseaux traitent le trafic différemment selon l'application ou le contenu, ils décident quels
    services réussissent et quels discours sont faciles d'accès. Cela porte atteinte à la neutralité du réseau
    et à la capacité des personnes d'envoyer et de recevoir les contenus de leur choix. Le RFC 9620 §4.4 pose
    la question de ce traitement différencié.
rule-TRAF003-fix =
    Évitez les signaux qui permettent au réseau de classer les contenus, gardez un traitement indépendant du
    contenu, et si un traitement différencié est inévitable, rendez-le transparent et vérifiable.

rule-TRAF004-summary =
    Des proxys ou d'autres équipements réseau modifient le contenu du trafic en chemin, sans que les extrémités y prennent part.
rule-TRAF004-why =
    Quand des équipements du réseau réécrivent, compressent ou suppriment une partie de ce que les personnes
    envoient et reçoivent, le contenu qui arrive n'est plus celui qui a été envoyé. Les personnes ne peuvent
    voir ni le changement ni son auteur, et la même capacité peut servir à censurer, injecter ou dégrader des
    contenus.
rule-TRAF004-fix =
    Protégez le contenu de bout en bout pour que les intermédiaires ne puissent pas le modifier, ou exigez que
    les intermédiaires soient explicites, choisis par une extrémité, et limités à ce que les extrémités ont
    accepté.

rule-TRAF005-summary =
    Certains services sont rendus moins chers ou plus rapides que d'autres par des accords avec le réseau, ce qui oriente ce que les personnes utilisent.
rule-TRAF005-why =
    Le « zero-rating » et la priorité payante permettent à un fournisseur d'accès de choisir quels services
    sont gratuits ou rapides. Les personnes, surtout celles qui ont un forfait de données limité, sont
    poussées vers ces services et détournées des autres, ce qui réduit l'information qu'elles peuvent atteindre
    et les propos qu'elles peuvent publier.
rule-TRAF005-fix =
    Gardez le protocole neutre quant aux services qui reçoivent un meilleur traitement, et évitez d'ajouter des
    signaux dont l'usage principal est la discrimination commerciale.

rule-TRAF006-summary =
    Le réseau identifie les applications en inspectant le trafic, puis les achemine ou les traite différemment.
rule-TRAF006-why =
    Classer le trafic en regardant à l'intérieur permet à un réseau d'envoyer des applications différentes sur
    des chemins différents, à travers des équipements intermédiaires différents ou à des vitesses
    différentes. Les utilisateurs ne peuvent ni voir ni contester ce traitement, et la même inspection expose
    ce qu'ils font.
rule-TRAF006-fix =
    Laissez les extrémités signaler explicitement ce qu'elles veulent (et seulement au bénéfice de
    l'utilisateur), évitez la classification par inspection du contenu, et gardez le traitement transparent.

rule-TRAF007-summary =
    Un équipement intermédiaire ouvre des connexions chiffrées pour les lire ou les modifier, en se faisant passer pour le vrai serveur.
rule-TRAF007-why =
    L'interception TLS remplace la protection de bout en bout sur laquelle comptent les personnes par la
    confiance dans un équipement intermédiaire qui peut tout lire et tout modifier, souvent avec une sécurité
    plus faible que la connexion d'origine. Les personnes ne savent généralement pas que cela se produit.
rule-TRAF007-fix =
    Ne concevez pas le protocole en vue de l'interception ; si une extrémité a besoin d'un service sur le
    chemin, faites-en une partie explicite, choisie par l'utilisateur et visible dans le protocole.

rule-TRAF008-summary =
    Le contenu est protégé de bout en bout, donc les modifications faites par le réseau ou par des intermédiaires sont détectées ou empêchées.
rule-TRAF008-why =
    L'intégrité de bout en bout signifie que ce qui arrive est exactement ce qui a été envoyé. Elle empêche les
    réseaux d'injecter, de réécrire ou de dégrader sans bruit le contenu, et permet aux personnes de faire
    confiance à ce qu'elles lisent. Le RFC 9620 §4.10 demande si un protocole permet de modifier les données.
rule-TRAF008-fix =
    Rendez la protection de l'intégrité obligatoire, et couvrez chaque champ qu'un intermédiaire pourrait
    modifier.

rule-TRAF009-summary =
    Les intermédiaires sont explicites et visibles pour les personnes dont ils traitent le trafic.
rule-TRAF009-why =
    Des équipements intermédiaires cachés peuvent modifier ou bloquer le trafic sans que personne ne sache qui
    l'a fait. Exiger que les intermédiaires soient explicites et choisis par une extrémité permet aux personnes
    de savoir qui traite leur trafic et de lui demander des comptes. Le RFC 9620 §4.1 soulève cette question.
rule-TRAF009-fix =
    Exigez que les intermédiaires soient configurés par une extrémité ou annoncés à celle-ci, et décrivez ce
    qu'ils peuvent et ne peuvent pas faire.

rule-TRAF010-summary =
    Les intermédiaires ne peuvent agir sur le trafic qu'au su et avec l'accord des extrémités ; agir sans cela est signalé comme un risque.
rule-TRAF010-why =
    Un intermédiaire que l'utilisateur a choisi et accepté est un service ; un intermédiaire qui agit sur le
    trafic à son insu est une ingérence. Demander le consentement, et le dire dans le protocole, laisse aux
    personnes la maîtrise de leurs propres communications. Le RFC 3238 et le RFC 8890 placent les intérêts de
    l'utilisateur en premier.
rule-TRAF010-fix =
    Exigez que les fonctions des intermédiaires soient autorisées par au moins une extrémité, visibles pour
    les deux, et faciles à refuser.

rule-TRAF011-summary =
    Le réseau traite tout le trafic de la même façon, quels que soient le contenu ou l'application qu'il transporte.
rule-TRAF011-why =
    Un traitement indépendant du contenu signifie que le réseau ne choisit pas de gagnants parmi les services
    ou les discours. Il garde Internet ouvert aux nouveaux services et aux personnes qui publient des contenus
    que les opérateurs pourraient défavoriser. Le RFC 9620 compte l'indépendance vis-à-vis du contenu parmi ses
    lignes directrices.
rule-TRAF011-fix =
    Gardez l'exigence normative, et évitez d'ajouter des signaux qui facilitent le traitement différencié.

rule-TRAF012-summary =
    Le chiffrement empêche le réseau de lire ou de modifier ce que les personnes envoient, donc il ne peut pas le traiter différemment.
rule-TRAF012-why =
    Ce que le réseau ne peut pas voir, il ne peut ni le bloquer de façon sélective, ni le ralentir selon le
    contenu, ni le réécrire. Chiffrer les données de transport et d'application, comme le fait QUIC, limite
    les intermédiaires à la transmission des paquets. Le RFC 9620 §4.1 le donne comme exemple de bonne
    pratique.
rule-TRAF012-fix =
    Chiffrez et authentifiez la plus grande partie possible du protocole, et n'exposez que les signaux dont le
    réseau a vraiment besoin.

rule-TRAF013-summary =
    Le texte interdit, ou rend impossibles, les modifications du trafic par des intermédiaires.
rule-TRAF013-why =
    Une règle claire selon laquelle les intermédiaires ne doivent pas modifier le contenu protège l'intégrité de
    ce que les personnes envoient et reçoivent, et leur donne des raisons de protester quand cela arrive.
rule-TRAF013-fix =
    Appuyez la règle sur une protection de l'intégrité, pour que les violations soient détectables et pas
    seulement interdites.

rule-TRAF014-summary =
    Le protocole permet à un réseau de demander à d'autres réseaux de ralentir, détourner ou supprimer le
    trafic de son choix.
rule-TRAF014-why =
    Des règles qui passent d'un réseau à l'autre et font supprimer, ralentir ou détourner du trafic par
    adresse, port ou protocole ont été faites pour arrêter des attaques, mais le même outil peut ralentir ou
    couper n'importe quel trafic, loin du réseau qui l'a demandé. Les personnes dont le trafic est supprimé
    ne savent ni pourquoi ni par qui.
rule-TRAF014-fix =
    Dites quel trafic les règles peuvent viser, qui peut les envoyer et jusqu'où elles vont, comment les
    destinataires les valident et comment les filtres erronés ou abusifs sont repérés et retirés.
