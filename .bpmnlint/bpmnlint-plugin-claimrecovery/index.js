// House rules of the claim recovery models, used through .bpmnlintrc as `plugin:claimrecovery/recommended`.
module.exports = {
  configs: {
    recommended: {
      rules: {
        'timer-deadline-expression': 'error'
      }
    }
  }
};
