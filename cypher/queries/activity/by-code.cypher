// One NACE activity by code.
:param {code: '27.20'}
MATCH (a:Activity {code: $code})
RETURN a
