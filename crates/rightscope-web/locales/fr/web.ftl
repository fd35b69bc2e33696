# Interface web de rightscope en français : traduction de crates/rightscope-web/locales/en/web.ftl.
# Translation of locales/en/web.ftl at commit c0ab565.
# Les clés sont les mêmes que dans le fichier anglais ; si une clé manque, le texte anglais est affiché.
# Les noms propres (rightscope, IETF, W3C, numéros de RFC, mots-clés BCP 14 comme MUST) ne sont pas traduits.
# Vocabulaire comme dans crates/rightscope-rules/locales/fr/rules.ftl : risque, limiter, considérations de sécurité.

## Frame
skip-to-content = Aller au contenu principal
tagline = examen des normes de l'Internet sous l'angle des droits humains
nav-label = Menu principal
nav-overview = Vue d'ensemble
nav-documents = Documents
nav-search = Recherche
nav-rules = Règles
lang-label = Langue
footer-note = rightscope signale des passages qui méritent une lecture attentive ; il ne remplace pas l'examen par une personne.
footer-api = API JSON (description OpenAPI)

## Families, verdicts, polarities, bodies
family-SURV = Surveillance et suivi
family-LI = Interception légale
family-ENC = Chiffrement affaibli
family-ANON = Anonymat et pseudonymat
family-ID = Identifiants permanents
family-CENS = Censure et filtrage
family-TRAF = Manipulation du trafic
family-CENT = Centralisation et contrôle d'accès
family-A11Y = Accessibilité
family-I18N = Internationalisation et localisation
family-GROUP = Groupes à risque
family-CONS = Sections de considérations
verdict-creates = Crée un risque
verdict-mitigates = Limite le risque
verdict-mixed = Mixte
verdict-discusses = En parle
verdict-none = Rien trouvé
polarity-risk = risque
polarity-mitigation = protection
polarity-context = contexte
sdo-ietf = IETF
sdo-w3c = W3C
sdo-itu-t = UIT-T (ITU-T)
sdo-etsi = ETSI
sdo-unknown = Organisme inconnu

## Overview
overview-title = Vue d'ensemble
overview-counts = Documents enregistrés : { $documents }. Révisions : { $revisions }.
overview-families = Risque par famille
overview-families-intro = Combien de documents (dans leur dernière révision) créent ou limitent un risque dans chaque famille.
overview-chart-title = Graphique en barres : documents qui créent un risque et documents qui le limitent, par famille. Les mêmes chiffres figurent dans le tableau ci-dessous.
overview-table-caption = Documents qui créent ou limitent un risque, par famille
overview-risky = Dernières révisions qui créent un risque
overview-risky-none = Aucune révision ne crée de risque, dans aucune famille.
overview-risk-findings = { $count ->
    [one] { $count } constat de risque
   *[other] { $count } constats de risque
}
overview-last-calls = Derniers appels (Last Call) en cours
overview-last-calls-none = Aucun dernier appel (Last Call) n'est en cours.
overview-last-calls-caption = Derniers appels (Last Call) encore ouverts, échéance la plus proche en premier
col-family = Famille
col-deadline = Échéance
col-document = Document
col-take-part = Participer
col-sdo = Organisme
col-status = Statut
col-wg = Groupe de travail
col-date = Date
col-code = Code
col-polarity = Indique
col-summary = En clair

## Document list
documents-title = Documents
filter-legend = Filtrer les documents
filter-sdo = Organisme de normalisation
filter-family = Famille
filter-verdict = Évaluation
filter-status = Statut
filter-wg = Groupe de travail
filter-year = Année
filter-any = Tous
filter-apply = Afficher les documents
documents-count = { $count ->
    [one] { $count } document correspond.
   *[other] { $count } documents correspondent.
}
documents-caption = Documents, page { $page } sur { $pages }
paging-label = Pages
paging-prev = Page précédente
paging-next = Page suivante

## Document page
document-showing = version affichée : { $label }
fact-sdo = Organisme de normalisation
fact-status = Statut
fact-wg = Groupe de travail
fact-stream = Filière de publication
take-part-link = Participer : comment commenter
feed-link = Flux Atom
document-summary = En clair
document-summary-none = rightscope n'a rien trouvé à signaler dans cette révision.
document-text = Texte avec les constats
document-toc = Sections de ce document
section-front = Pages liminaires
findings-count = { $count ->
    [one] { $count } constat
   *[other] { $count } constats
}
note-ref = note
note-back = Retour au texte
document-notes = Ce que signifient les passages surlignés
document-other-findings = Constats dans d'autres sections
document-more-findings = { $count ->
    [one] …et { $count } autre constat.
   *[other] …et { $count } autres constats.
}
document-revisions = Révisions
document-diffs = Ce qui a changé d'une révision à l'autre
diff-link = De { $from } à { $to }
document-timeline = Cycle de vie
document-timeline-none = Aucun événement du cycle de vie n'est enregistré.
timeline-revision = Révision { $label }
event-revision = Nouvelle révision
event-state = Changement d'état
event-last-call-start = Début du dernier appel (Last Call)
event-last-call-end = Fin du dernier appel (Last Call)
event-published = Publication
event-obsoleted-by = Remplacé par
event-updated-by = Mis à jour par
event-obsoletes = Remplace
event-updates = Met à jour
event-became-rfc = Devenu un RFC
back-to-document = Retour à

## Diff
diff-title = Changements de { $from } à { $to }
diff-new-risks = { $count ->
    [one] { $count } nouveau risque
   *[other] { $count } nouveaux risques
}
diff-unchanged = { $count ->
    [one] { $count } constat inchangé
   *[other] { $count } constats inchangés
}
diff-families-caption = Évaluation par famille, avant et après
diff-changed = changé
diff-added = Constats ajoutés
diff-removed = Constats retirés
diff-none = Aucun.
diff-method = Les deux révisions sont analysées à nouveau à partir de leur texte enregistré, avec les règles actuelles ; les constats sont appariés par règle et par phrase, sans tenir compte des retours à la ligne ni de la renumérotation.

## Take part
take-part-title = Participer : { $name }
take-part-what = Ce qu'est ce document
take-part-risks = Ses risques, en clair
take-part-no-risks = rightscope n'a trouvé aucune famille dans laquelle ce document crée un risque.
take-part-stage = Où il en est
take-part-deadline = Date limite des commentaires :
take-part-no-deadline = Aucune échéance pour les commentaires n'est connue.
take-part-how = Où et comment commenter
take-part-comment = Un commentaire pour commencer
take-part-comment-label = Votre commentaire (modifiez-le avant de l'envoyer)
take-part-comment-hint = Prérempli à partir des constats. Dites qui vous êtes, pourquoi cela compte pour les personnes avec qui vous travaillez, et ce que vous demandez aux auteurs de changer.
stage-rfc = Publié comme RFC. Pour le changer, il faut maintenant un nouveau document ou un erratum.
stage-draft = Un Internet-Draft (projet de document) : un travail en cours qui peut encore changer.
stage-unknown = L'étape n'est pas connue.
comment-intro = Commentaires sur { $name } (« { $title } ») :
comment-where = (section { $section })
comment-no-risks = J'ai examiné ce document sous l'angle de ses effets sur les droits humains et je souhaite soulever les points suivants :
comment-closing = Merci de prendre ces points en considération.
channel-unknown = Demandez à l'organisme qui le publie
channel-unknown-how = rightscope ne sait pas encore comment cet organisme reçoit les commentaires.

## Search
search-title = Recherche
search-label = Rechercher dans les documents et les constats
search-hint = Des mots, des "phrases exactes", OR, -mot, et des filtres comme family:SURV verdict:creates year:2015..2020 wg:tls code:LI001.
search-kind = Afficher
search-button = Rechercher
search-count = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
hit-revision = document
hit-finding = constat

## Rules
rules-title = Règles
rules-intro = Chaque règle cherche un type de passage qui peut créer ou limiter un risque pour les droits humains.
rules-caption = Règles de la famille { $family }
rule-severity = Gravité
rule-summary = Ce que cela signifie
rule-why = Pourquoi c'est important
rule-fix = Ce que les auteurs peuvent faire
rule-example = Une phrase qui la déclenche
rule-questions = Questions du RFC 9620 concernées
rule-references = Références
rule-search = Constats de cette règle
question-connectivity = Connectivité
question-reliability = Fiabilité
question-content-agnosticism = Neutralité vis-à-vis du contenu
question-localization = Localisation
question-internationalization = Internationalisation
question-open-standards = Normes ouvertes
question-heterogeneity = Prise en charge de l'hétérogénéité
question-integrity = Intégrité
question-authenticity = Authenticité
question-confidentiality = Confidentialité
question-security = Sécurité
question-privacy = Vie privée
question-pseudonymity = Pseudonymat
question-anonymity = Anonymat
question-censorship-resistance = Résistance à la censure
question-outcome-transparency = Transparence des résultats
question-adaptability = Adaptabilité
question-accessibility = Accessibilité
question-decentralization = Décentralisation
question-remedy = Recours
question-misc = Autres considérations

## Outcome transparency
nav-outcomes = Résultats
outcomes-title = Transparence des résultats : ce que les révisions ont changé
outcomes-intro = Quand un projet est révisé, des constats de risque peuvent apparaître ou disparaître. Cette page compte, pour chaque organisme de normalisation, groupe de travail ou filière, combien de constats de risque les révisions suivantes ont ouverts et combien elles en ont résolus. Un projet et la RFC qu’il est devenu comptent comme un seul document.
outcomes-legend = Que montrer
outcomes-by = Regrouper par
outcomes-by-sdo = Organisme de normalisation
outcomes-by-wg = Groupe de travail
outcomes-by-stream = Filière
outcomes-apply = Afficher les résultats
outcomes-all = Tous les documents
outcomes-none = (aucun)
outcomes-chart-heading = Constats ouverts et résolus par année : { $group }
outcomes-summary = { $documents } documents, dont { $revised } révisés. Les premières révisions avaient { $first } constats de risque ; les révisions suivantes en ont ouvert { $opened } et résolu { $resolved } ; les dernières révisions en ont { $latest }.
outcomes-no-years = Aucune révision de date connue n’a ouvert ni résolu de constat.
outcomes-opened = Ouverts
outcomes-resolved = Résolus
outcomes-year = Année
outcomes-years-caption = Constats ouverts et résolus par année : { $group }
outcomes-groups = Par groupe
outcomes-groups-caption = Constats de risque au fil des révisions, par groupe. Choisissez un groupe pour voir ses années.
outcomes-group = Groupe
outcomes-documents = Documents
outcomes-revised = Révisés
outcomes-at-first = À la première révision
outcomes-at-latest = À la dernière révision
outcomes-empty = Le magasin n’a encore aucune révision.
outcomes-more = { $count ->
    [one] { $count } groupe de plus figure dans les données JSON.
   *[other] { $count } groupes de plus figurent dans les données JSON.
}
outcomes-json = Ces chiffres en JSON

## SDO almanac
nav-sdo = Organismes de normalisation
sdo-index-title = Organismes de normalisation : leur degré d’ouverture
sdo-index-intro = Chaque organisme élabore ses normes à sa façon. Ce tableau compare ce que coûte la participation, si l’on peut lire les documents et comment les décisions sont prises. Ouvrez un organisme pour savoir comment participer.
sdo-index-caption = Organismes de normalisation côte à côte
sdo-index-caveat = Rédigé à partir de sources publiques. La page de chaque organisme indique quand chaque fait a été vérifié et renvoie à ses sources.
sdo-col-body = Organisme
sdo-cost-membership = Adhésion
sdo-cost-meetings = Réunions
sdo-cost-waivers = Exonérations et soutien
sdo-drafts-public = Projets publics
sdo-final-free = Normes en lecture libre
sdo-meetings-open = Réunions ouvertes à tous
sdo-lists-open = Listes de diffusion ouvertes à tous
sdo-remote-available = Participation à distance
sdo-process = Comment les décisions sont prises
sdo-back = Tous les organismes de normalisation
sdo-oldest-check = Vérification la plus ancienne de cette page : { $date }.
sdo-toc = Sur cette page
sdo-section-about = Ce que c’est
sdo-section-participate = Comment participer
sdo-section-cost = Ce que cela coûte
sdo-section-documents = Documents
sdo-section-meetings = Réunions et listes de diffusion
sdo-section-remote = Participer à distance
sdo-section-decisions = Comment les décisions sont prises
sdo-section-ethics = Droits humains, éthique et conduite
sdo-section-comments = Où commenter
sdo-section-comment-window = Combien de temps pour commenter
sdo-checked = Vérifié le { $date }.
sdo-sources = Sources :
sdo-how-it-works = Comment fonctionne { $body }
openness-yes = Oui
openness-partly = En partie
openness-no = Non
process-rough-consensus = Consensus approximatif, sans vote
process-consensus-member-votes = Consensus, avec vote des membres si nécessaire
process-consensus-national-votes = Consensus, puis vote des organismes nationaux de normalisation
process-consensus-state-approval = Consensus, avec approbation des gouvernements pour certains documents
sdo-openness-title = Son degré d’ouverture
sdo-openness-intro = Les gouvernements demandent aux organismes de normalisation de suivre les principes de l’OMC pour les normes internationales et de réduire les obstacles à la participation. Chaque note renvoie à ce sur quoi elle repose.
sdo-openness-wto = Les six principes de l’OMC
sdo-openness-caption = Principes de l’OMC et obstacles à la participation, par organisme
sdo-openness-body-caption = Degré d’ouverture de { $body }
sdo-col-topic = Principe ou obstacle
sdo-col-rating = Note
sdo-col-why = Pourquoi
sdo-principle = Principe
sdo-barrier = Obstacle
sdo-source = source
document-openness = Obstacles à la participation à { $body }
document-openness-more = En savoir plus sur l’ouverture de { $body }

## Errors
error-not-found-title = Page introuvable
error-bad-request-title = La requête pose un problème
error-internal-title = Une erreur s'est produite
error-no-page = Il n'y a pas de page à cette adresse.
error-no-document = Aucun document de ce nom n'est enregistré. Vérifiez l'orthographe, ou faites une recherche.
error-no-revision = Ce document n'a pas cette révision.
error-no-rule = Aucune règle n'a ce code. La liste des règles montre tous les codes.
error-no-feed = Les flux se terminent par .atom.
error-no-watchlist = Aucune liste de suivi n'a ce numéro.
error-no-family = Aucune famille n'a ce code.
error-no-sdo = Aucun organisme de normalisation ne porte ce nom. La liste des organismes les montre tous.
error-bad-grouping = « { $value } » n’est pas un regroupement (sdo, wg, stream).
error-bad-request = La requête n'a pas pu être comprise :
error-bad-number = { $name } doit être un nombre entier, pas « { $value } ».
error-bad-family = « { $value } » n'est pas un code de famille.
error-bad-verdict = « { $value } » n'est pas une évaluation (creates, mitigates, mixed, discusses, none).
error-bad-kind = « { $value } » n'est pas un type de résultat (revision, finding).
error-bad-section = section doit être compris entre 0 et le nombre de sections ({ $count }) moins un.
error-diff-needs-two = Indiquez deux révisions : from et to.
error-search-needs-q = Indiquez une recherche dans q.
error-internal = Le serveur n'a pas pu répondre. Réessayez plus tard.
error-home = Vue d'ensemble
