"""The live workshop quiz: a facilitator paces a quiz in the room, learners answer on
their phones. State lives in the database (``models``); ``services`` holds every verb;
the consumer and the JSON views are two doors onto the same verbs."""
