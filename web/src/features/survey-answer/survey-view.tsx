import 'survey-core/survey-core.fontless.css';
import 'survey-core/i18n/finnish';
import 'survey-core/i18n/swedish';
import { useEffect, useMemo, useRef } from 'react';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import type { Lang } from '../../../../common/languages.js';
// Kudos's own properties of a definition (`indicator`, `estimatedMinutes`).
import '../../../../common/surveys/definition.js';

export interface SurveyViewProps {
  definition: Record<string, unknown>;
  answers: Record<string, unknown>;
  lang: Lang;
  /** Every change of an answer, with all the answers. */
  onChange(answers: Record<string, unknown>): void;
  /**
   * The respondent pressed "Complete" and the survey's own checks passed; resolves true when the
   * answers were submitted, false to keep the survey open (the page shows why).
   */
  onComplete(answers: Record<string, unknown>): Promise<boolean>;
  /** Shown to read, every page at once (a coordinator reading an organisation's answers). */
  readOnly?: boolean;
}

/**
 * The survey drawn by SurveyJS's form library (survey-react-ui), in the page language. Its own
 * "completed" page is off: the page says what happened to the answers.
 */
export default function SurveyView({
  definition,
  answers,
  lang,
  onChange,
  onComplete,
  readOnly = false,
}: SurveyViewProps) {
  const handlers = useRef({ onChange, onComplete });
  handlers.current = { onChange, onComplete };
  // The model is made once per definition and language; later answers come from the respondent.
  // biome-ignore lint/correctness/useExhaustiveDependencies: answers seed the model only once
  const model = useMemo(() => {
    const survey = new Model(definition);
    survey.locale = lang;
    survey.data = answers;
    survey.showCompletedPage = false;
    if (readOnly) {
      survey.mode = 'display';
      survey.questionsOnPageMode = 'singlePage';
    }
    survey.onValueChanged.add((sender) => handlers.current.onChange(sender.data));
    let submitted = false;
    survey.onCompleting.add((sender, options) => {
      if (submitted) return;
      options.allow = false;
      void handlers.current.onComplete(sender.data).then((ok) => {
        if (!ok) return;
        submitted = true;
        sender.doComplete();
      });
    });
    return survey;
  }, [definition, lang, readOnly]);
  useEffect(() => () => model.dispose(), [model]);
  return <Survey model={model} />;
}
