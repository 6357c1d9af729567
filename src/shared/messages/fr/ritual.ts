/** French words of the shutdown ritual, including its reflection questions. */
import type { Messages } from '../types'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('fr', value)

/** The ritual's French words. */
export const ritual: Messages['ritual'] = {
  title: 'Rituel de fin de journée',
  progress: ({ step, total }) => `Étape ${n(step)} sur ${n(total)}`,
  back: 'Retour',
  next: 'Suivant',
  skip: 'Passer',
  answerLabel: 'Votre réponse',
  keyHint: 'Ctrl+Entrée pour continuer · Échap ferme (les réponses déjà données sont gardées)',
  stayLateInstead: 'Pas encore fini ? Rester plus tard…',
  required: 'Cette étape demande quelques mots avant de continuer.',
  saveFailed: 'Votre réponse n’a pas pu être enregistrée. Réessayez.',
  hint: {
    review: 'Notez ce qui a avancé — terminé ou non, cela compte. Quelques lignes suffisent.',
    'open-loops':
      'Qu’est-ce qui reste en suspens ? Notez chaque sujet ici pour ne pas le ramener chez vous dans votre tête.',
    'first-task': 'Quelle est la première chose que vous ferez demain ? Elle vous attendra.',
    reflection: 'Prenez une respiration avant de répondre. Il n’y a pas de mauvaise réponse.',
    custom: 'Prenez un moment pour celle-ci.',
  },
  reflectionLabel: 'Question du jour',
  weekly: {
    title: 'Votre semaine',
    label: 'Question de la semaine',
    summaryTitle: 'Cette semaine jusqu’ici',
    summary: ({ onTime, judged }) => {
      const ended = plural('fr', onTime, { one: 's’est terminé', other: 'se sont terminés' })
      return plural('fr', judged, {
        one: `${n(onTime)} jour sur # ${ended} à l’heure.`,
        other: `${n(onTime)} jours sur # ${ended} à l’heure.`,
      })
    },
    summaryNone: 'Pas encore de journée terminée à compter cette semaine.',
    summaryToday: 'La journée d’aujourd’hui se termine quand vous achevez le rituel.',
  },
  finish: {
    title: 'Journée terminée',
    body: 'Tout est mis de côté. En achevant le rituel, ce moment devient l’heure de votre départ.',
    button: 'Terminer la journée',
  },
  complete: {
    title: 'C’est fini pour aujourd’hui',
    leftAt: ({ time }) => `Départ à ${time}.`,
    onTime: 'Pile à l’heure.',
    late: ({ late }) => `${late} après la fin — noté, sans jugement.`,
    firstTask: ({ task }) => `Demain commence par : ${task}`,
    rest: 'Le travail attendra. Allez être ailleurs.',
    close: 'Fermer',
  },
  reflectionQuestions: [
    'Où votre énergie est-elle allée aujourd’hui — et est-ce là que vous l’auriez envoyée ?',
    'Qu’est-ce qui comptait le plus aujourd’hui, et y avez-vous consacré certaines de vos meilleures heures ?',
    'Dans quelle saison de la vie êtes-vous en ce moment, et que vous demande-t-elle ?',
    'Quel petit changement rendrait demain un peu plus à votre mesure ?',
    'À quoi avez-vous dit oui aujourd’hui, alors que vous aimeriez dire non la prochaine fois ?',
    'Qui ou quoi, en dehors du travail, mérite votre attention ce soir ?',
    'Qu’est-ce qui vous a donné de l’énergie aujourd’hui, et qu’est-ce qui vous en a pris en silence ?',
    'Si cette journée devenait une habitude, voudriez-vous la garder ?',
    'Qu’est-ce qui peut attendre demain sans que rien ne casse ?',
    'Qu’avez-vous fait aujourd’hui qui vous fait plaisir, même si c’est peu de chose ?',
    'Cette journée valait-elle ce qu’elle vous a coûté ?',
  ],
  weeklyQuestions: [
    'En repensant à la semaine, où votre temps a-t-il rejoint ce qui compte pour vous — et où s’en est-il éloigné ?',
    'Qu’aimeriez-vous façonner autrement la semaine prochaine ?',
    'Que voulez-vous emporter de cette semaine dans le week-end, et que pouvez-vous déposer ?',
    'Quel jour de cette semaine vous a le plus ressemblé, et pourquoi ?',
  ],
}
