/*
 * Basira's true/false card (H5P.BasiraCard 1.0, MIT licence, written for Basira).
 *
 * One statement about something seen online; the learner answers true or false and reads
 * why. It is an ordinary H5P content type: it extends H5P.EventDispatcher, reports its
 * answer with an xAPI "answered" statement (score, success, response) like H5P's own
 * question types, and implements the question contract (getScore, getMaxScore,
 * getAnswerGiven, showSolutions, resetTask, getCurrentState), so it plays in any H5P
 * player. Text is set with textContent: the content never becomes markup.
 */
var H5P = H5P || {};

H5P.BasiraCard = (function (EventDispatcher) {
  'use strict';

  function BasiraCard(params, contentId, extras) {
    EventDispatcher.call(this);
    this.params = params || {};
    this.l10n = this.params.l10n || {};
    this.contentId = contentId;
    this.correct = this.params.correct === 'true';
    var previous = extras && extras.previousState;
    this.answer = previous && typeof previous.answer === 'boolean' ? previous.answer : null;
  }

  BasiraCard.prototype = Object.create(EventDispatcher.prototype);
  BasiraCard.prototype.constructor = BasiraCard;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  BasiraCard.prototype.attach = function ($container) {
    var self = this;
    var container = $container.get ? $container.get(0) : $container;
    container.classList.add('h5p-basira-card');
    container.textContent = '';

    var statement = element('p', 'h5p-basira-card__statement', this.params.statement || '');
    statement.setAttribute('dir', 'auto');
    statement.id = 'h5p-basira-card-' + this.contentId;
    var answers = element('div', 'h5p-basira-card__answers');
    answers.setAttribute('role', 'group');
    answers.setAttribute('aria-labelledby', statement.id);
    this.buttons = [true, false].map(function (value) {
      var label = value ? self.l10n.trueLabel : self.l10n.falseLabel;
      var button = element('button', 'h5p-basira-card__answer', label || (value ? '✓' : '✗'));
      button.type = 'button';
      button.setAttribute('aria-pressed', 'false');
      button.addEventListener('click', function () {
        self.choose(value);
      });
      answers.appendChild(button);
      return button;
    });

    this.feedback = element('div', 'h5p-basira-card__feedback');
    this.feedback.setAttribute('role', 'status');
    this.feedback.hidden = true;
    this.verdict = element('p', 'h5p-basira-card__verdict');
    this.explanation = element('p', 'h5p-basira-card__explanation', this.params.explanation);
    this.explanation.setAttribute('dir', 'auto');
    this.feedback.appendChild(this.verdict);
    if (this.params.explanation) {
      this.feedback.appendChild(this.explanation);
    }
    this.retryButton = element('button', 'h5p-basira-card__retry', this.l10n.retry);
    this.retryButton.type = 'button';
    this.retryButton.hidden = true;
    this.retryButton.addEventListener('click', function () {
      self.resetTask();
      self.buttons[0].focus();
    });

    container.appendChild(statement);
    container.appendChild(answers);
    container.appendChild(this.feedback);
    container.appendChild(this.retryButton);
    if (this.answer !== null) {
      this.render();  // restored state: show the answer given, report nothing again
    }
    this.trigger('resize');
  };

  BasiraCard.prototype.choose = function (value) {
    if (this.answer !== null) {
      return;
    }
    this.answer = value;
    this.render();
    this.report();
    this.trigger('resize');
  };

  BasiraCard.prototype.render = function () {
    var answered = this.answer !== null;
    var right = answered && this.answer === this.correct;
    var answer = this.answer;
    this.buttons.forEach(function (button, index) {
      button.disabled = answered;
      button.setAttribute('aria-pressed', String(answered && answer === (index === 0)));
    });
    this.feedback.hidden = !answered;
    this.retryButton.hidden = !answered || right;
    this.feedback.className = 'h5p-basira-card__feedback h5p-basira-card__feedback--' +
      (right ? 'right' : 'wrong');
    this.verdict.textContent = answered ? (right ? this.l10n.right : this.l10n.wrong) : '';
  };

  BasiraCard.prototype.report = function () {
    var score = this.getScore();
    var event = this.createXAPIEventTemplate('answered');
    var definition = event.getVerifiedStatementValue(['object', 'definition']);
    definition.type = 'http://adlnet.gov/expapi/activities/cmi.interaction';
    definition.interactionType = 'true-false';
    definition.correctResponsesPattern = [String(this.correct)];
    definition.description = {'en-US': this.params.statement || ''};
    event.setScoredResult(score, 1, this, true, score === 1);
    event.data.statement.result.response = String(this.answer);
    this.trigger(event);
  };

  BasiraCard.prototype.getScore = function () {
    return this.answer !== null && this.answer === this.correct ? 1 : 0;
  };

  BasiraCard.prototype.getMaxScore = function () {
    return 1;
  };

  BasiraCard.prototype.getAnswerGiven = function () {
    return this.answer !== null;
  };

  BasiraCard.prototype.showSolutions = function () {
    var correct = this.correct;
    this.buttons.forEach(function (button, index) {
      button.disabled = true;
      button.setAttribute('aria-pressed', String(correct === (index === 0)));
    });
  };

  BasiraCard.prototype.resetTask = function () {
    this.answer = null;
    this.render();
    this.trigger('resize');
  };

  BasiraCard.prototype.getCurrentState = function () {
    return this.answer === null ? undefined : {answer: this.answer};
  };

  BasiraCard.prototype.getTitle = function () {
    return H5P.createTitle ? H5P.createTitle(this.params.statement || 'Basira') : 'Basira';
  };

  return BasiraCard;
})(H5P.EventDispatcher);
