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
document-no-text = rightscope n'a pas lu le texte de ce document : il ne le connaît que par la liste des documents de la série. Ses informations, son cycle de vie et ses références sont ci-dessous.
document-references = Références
references-inherited = Risques sur lesquels il s'appuie
references-inherited-none = Aucun des documents enregistrés sur lesquels il s'appuie ne crée de risque trouvé par rightscope.
references-inherited-intro = Ce document s'appuie sur des documents où rightscope a trouvé un risque. Ce risque peut se transmettre à ce document, mais il ne change pas ses propres constats ci-dessus.
references-col-family = Thème
references-col-source = Source
references-col-path = Par
references-col-kind = Type de référence
references-depends-on = Ce à quoi il renvoie
references-depended-on-by = Ce qui renvoie à lui
references-more = { $count ->
    [one] …et 1 autre.
   *[other] …et { $count } autres.
}
ref-kind-normative = obligatoire
ref-kind-informative = pour information
ref-kind-unknown = type non indiqué
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

# participation dashboards
nav-participation = Participation
part-title = Participation aux listes de diffusion
part-intro = Qui participe aux listes de diffusion où se font les normes. Il n'y a que des totaux : aucune personne n'est jamais citée.
part-none-heading = Aucune archive chargée
part-none = Aucune archive de courrier n'est chargée : il n'y a encore rien à afficher.
part-none-how = Pour ajouter des archives, lancez le serveur avec un ou plusieurs fichiers ou dossiers d'archives :
part-none-more = Un dossier compte comme une seule liste, faite de toutes les archives qu'il contient (mbox, MMDF, LISTSERV, Pipermail ou fichiers d'archives de courrier de l'IETF).
part-hidden-note = « < 5 » signifie que le chiffre est masqué : moins de 5 personnes sont derrière, ou il permettrait de retrouver un tel chiffre à partir des autres.
part-privacy-heading = Comment les personnes sont protégées
part-privacy = Les adresses et les noms sont remplacés par des codes à clé dès la lecture d'un message, et aucune page ne les montre. Tout chiffre calculé sur moins de 5 personnes s'affiche « < 5 ». Les groupes et les régions viennent du domaine de courrier ou de la déclaration que la personne fait elle-même avec son accord, jamais des noms.
part-lists = Listes
part-lists-intro = Chiffres de toute l'archive pour chaque liste chargée. Les périodes sont par { $period }.
part-lists-caption = Listes chargées
part-compare-link = Comparer les listes côte à côte
part-api-link = Les mêmes chiffres en JSON
part-several = Personnes ayant écrit dans plus d'une liste : { $value }
part-unreadable = Fichiers illisibles comme archives de courrier
part-back = Toutes les listes
part-list-title = Participation : { $list }
part-period-month = mois
part-period-quarter = trimestre
part-period-year = année
part-fact-format = Format de l'archive
part-fact-bytes = Octets lus
part-fact-domains = Domaines de courrier des expéditeurs
part-fact-undated = Messages sans date
part-fact-skipped = Messages illisibles
part-activity = Activité par { $period }
part-activity-caption = Messages, personnes, fils et concentration par période
part-chart-messages = Messages par liste
part-chart-period-messages = Messages par période
part-chart-participants = Personnes par liste
part-chart-civil-society = Part des messages de la société civile, par liste
part-chart-groups = Part des messages par groupe de parties prenantes ({ $period })
part-shares = Qui participe : { $period }
part-choose-period = Afficher les chiffres de
part-whole-archive = Toute l'archive
part-groups = Groupes de parties prenantes
part-groups-caption = Messages et personnes par groupe de parties prenantes
part-regions = Régions
part-regions-caption = Messages et personnes par région (M49 de l'ONU)
part-orgs = Organisations
part-orgs-note = Une organisation de moins de 5 personnes n'est jamais nommée : elle est comptée dans « autres », avec les personnes qui écrivent depuis une adresse personnelle.
part-orgs-caption = Messages et personnes par organisation
part-sources = D'où viennent les groupes
part-sources-note = Le groupe de chaque expéditeur vient de la table des domaines, d'une règle de suffixe de domaine, de sa propre déclaration avec son accord, ou est inconnu.
part-sources-caption = Messages et personnes selon l'origine de la classification
part-concentration = Concentration
part-concentration-note = À quel point quelques organisations dominent. Le HHI et le Gini vont de 0 (réparti) à 1 (une seule organisation envoie tout). Une entropie plus élevée indique plus de répartition. Le facteur éléphant est le plus petit nombre d'organisations qui envoient la moitié des messages.
part-retention = Nouveaux venus et fidélité
part-retention-note = Les personnes sont regroupées selon la période de leur premier message. La part qui écrit encore 3, 6 ou 12 mois plus tard ne compte que celles dont le premier message date d'au moins autant avant la fin de l'archive.
part-retention-caption = Nouveaux venus qui continuent de participer, par première période et par groupe
part-replies = Délai avant une première réponse
part-replies-note = Heures entre un message et la première réponse d'une autre personne : pour le premier message des nouveaux venus, et pour les nouveaux fils lancés par des personnes qui avaient déjà écrit.
part-replies-caption = Délai médian avant une première réponse
part-kind-newcomers = Premiers messages des nouveaux venus
part-kind-regulars = Nouveaux fils des habitués
part-all-groups = Tous les groupes
part-col-list = Liste
part-col-format = Format
part-col-messages = Messages
part-col-participants = Personnes
part-col-threads = Fils
part-col-replies = Réponses
part-col-newcomers = Nouveaux venus
part-col-period = Période
part-col-hhi = HHI
part-col-gini = Gini
part-col-entropy = Entropie (bits)
part-col-elephant = Facteur éléphant
part-col-people = Personnes
part-col-share = Part des messages
part-col-group = Groupe
part-col-region = Région
part-col-organisation = Organisation
part-col-source = Origine
part-col-cohort = Premier message en
part-col-retained-3 = Écrivent encore après 3 mois
part-col-retained-6 = Écrivent encore après 6 mois
part-col-retained-12 = Écrivent encore après 12 mois
part-col-kind = Messages
part-col-answered = Avec réponse
part-col-unanswered = Sans réponse
part-col-median-hours = Heures médianes avant une première réponse
part-col-metric = Chiffre
part-compare-title = Listes côte à côte
part-compare-intro = Toutes les listes chargées, côte à côte, pour comparer les organismes de normalisation (par exemple des listes de l'IETF, du 3GPP et du W3C).
part-compare-figures = Chiffres de toute l'archive
part-compare-caption = Chiffres par liste
part-compare-charts = Graphiques
part-compare-charts-intro = Les mêmes chiffres que dans le tableau ci-dessus.
part-row-share = Part : { $group }
part-row-reply-newcomers = Heures médianes avant une première réponse, nouveaux venus
part-row-reply-regulars = Heures médianes avant une première réponse, habitués
part-group-industry = Industrie
part-group-government = Gouvernement
part-group-academia = Monde universitaire
part-group-civil-society = Société civile
part-group-technical-community = Communauté technique
part-group-individual = Particuliers
part-group-unknown = Inconnu
part-region-001 = Monde
part-region-002 = Afrique
part-region-019 = Amériques
part-region-021 = Amérique du Nord
part-region-419 = Amérique latine et Caraïbes
part-region-142 = Asie
part-region-030 = Asie de l'Est
part-region-034 = Asie du Sud
part-region-035 = Asie du Sud-Est
part-region-145 = Asie de l'Ouest
part-region-150 = Europe
part-region-151 = Europe de l'Est
part-region-154 = Europe du Nord
part-region-155 = Europe de l'Ouest
part-region-039 = Europe du Sud
part-region-009 = Océanie
part-region-unknown = Inconnue
part-source-table = Table des domaines
part-source-suffix-rule = Règle de suffixe
part-source-self-report = Déclaration personnelle
part-source-unknown = Inconnue
part-org-other = Autres (organisations de moins de 5 personnes, et particuliers)
part-org-unlisted = { $domain } (absent de la table)
part-error-no-list = Aucune liste chargée ne porte ce nom. La page de participation montre toutes les listes chargées.
part-error-bad-period = « { $value } » n'est pas une période de cette liste.

## Trends
nav-trends = Tendances
trends-title = Tendances : sections de considérations et risques au fil du temps
trends-intro = Pour chaque année, domaine de l’IETF, filière, groupe de travail ou organisme de normalisation, cette page compte les documents enregistrés (chacun dans sa dernière révision) et montre combien ont des sections de considérations de sécurité, de vie privée, de droits humains et IANA, ce que rightscope y a trouvé et les verdicts par famille de risque.
trends-substantive = Une section est substantielle quand elle dit plus que « Aucune. » : au moins 8 mots, et au moins 60 si elle dit seulement qu’il n’y a rien à considérer.
trends-limits = Limites : les chiffres ne couvrent que les documents de ce dépôt, pas toutes les normes. Une section est reconnue à son titre : une section sous un autre nom n’est pas comptée. Un constat est une phrase reconnue par une règle, pas le jugement d’une personne. Dans les petits groupes, un seul document change beaucoup les chiffres.
trends-legend = Regrouper les documents
trends-by = Regrouper par
trends-apply = Afficher
trends-by-year = Année
trends-by-area = Domaine
trends-by-stream = Filière
trends-by-wg = Groupe de travail
trends-by-sdo = Organisme de normalisation
trends-unknown = Inconnu
trends-percent = { $value } %
trends-showing = Groupes { $first } à { $last } sur { $total }.
trends-empty = Le dépôt n’a encore aucun document.
trends-csv = Télécharger ces chiffres en CSV
trends-json = Ces chiffres en JSON
trends-chart-heading = Part des documents avec { $kind }, par { $by }
trends-chart-caption = Les chiffres du graphique : { $chart }
trends-milestones = Années marquées : RFC 6973 (considérations de vie privée pour les protocoles Internet, 2013) et RFC 8280 (considérations de droits humains dans les protocoles, 2017).
trends-milestone-summary = Avant { $year } ({ $rfc }) : { $before } des { $before_documents } documents avaient une telle section. Depuis { $year } : { $after } sur { $after_documents }.
trends-milestone-note = Publication de la { $rfc }
trends-note = Remarque
trends-documents = Documents
trends-with-section = Avec une section
trends-with-substantive = Avec une section substantielle
trends-kind-SecurityConsiderations = Considérations de sécurité
trends-kind-PrivacyConsiderations = Considérations de vie privée
trends-kind-HumanRightsConsiderations = Considérations de droits humains
trends-kind-IanaConsiderations = Considérations IANA
trends-col-present = { $kind } : avec une section
trends-col-substantive = { $kind } : substantielle
trends-considerations-heading = Sections de considérations
trends-considerations-caption = Documents avec chaque type de section de considérations, part et nombre
trends-findings-heading = Constats
trends-findings-intro = Les constats de risque sont des phrases qui peuvent créer un risque ; les constats d’atténuation protègent les personnes ; les constats de contexte décrivent un risque sans le créer.
trends-findings-caption = Constats par polarité, puis par famille sous la forme risque / atténuation / contexte
trends-polarity-risk = Risque
trends-polarity-mitigation = Atténuation
trends-polarity-context = Contexte
trends-verdicts-heading = Verdicts
trends-verdicts-intro = Chaque document reçoit un verdict par famille de risque ; voici les totaux sur toutes les familles.
trends-verdicts-caption = Verdicts par groupe, sur toutes les familles
trends-error-bad-by = « { $value } » n’est pas un regroupement (year, area, stream, wg, sdo).
trends-error-bad-page = La page { $value } n’existe pas : il y a { $pages } pages.
