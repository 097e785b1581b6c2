/**
 * Timers use deadline expressions, never literal durations or dates.
 *
 * Statutory deadlines (business days, federal holidays, rule sets with effective dates) are data
 * computed by the `deadlines` bean; a literal such as `P30D` or `2026-07-14T00:00:00` in the model
 * would silently ignore them. Every timeDate, timeDuration and timeCycle must be a `${...}` expression.
 *
 * No dependencies on purpose: the plugin is installed as a `file:` link, so it cannot rely on
 * packages resolved from its own folder.
 */
const EXPRESSION = /^\$\{[\s\S]+\}$/;

module.exports = function() {

  function check(node, reporter) {
    if (!node.$instanceOf || !node.$instanceOf('bpmn:TimerEventDefinition')) {
      return;
    }

    const definitions = [ 'timeDate', 'timeDuration', 'timeCycle' ]
      .filter(property => node[property]);

    if (definitions.length === 0) {
      reporter.report(node.id || '', 'Timer has no deadline expression');
      return;
    }

    definitions.forEach(property => {
      const body = (node[property].body || '').trim();

      if (!EXPRESSION.test(body)) {
        reporter.report(
          node.id || '',
          `Timer ${ property } <${ body }> is a literal; use a deadline expression such as \${deadlines.expiryOf(execution, 'CODE')}`,
          [ property ]
        );
      }
    });
  }

  return { check };
};
