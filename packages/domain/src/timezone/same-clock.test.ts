import { haveSameClock } from './same-clock';

describe('haveSameClock', () => {
  describe('when zones keep the same clock', () => {
    it.each([
      ['Europe/Paris', 'Europe/Berlin'],
      ['America/Sao_Paulo', 'America/Bahia'],
      ['Asia/Kolkata', 'Asia/Calcutta'],
      ['UTC', 'Etc/GMT'],
    ])('treats %s and %s as alike', (first, second) => {
      expect(haveSameClock(first, second)).toBe(true);
    });
  });

  describe('when zones differ on some days', () => {
    it.each([
      ['Europe/London', 'Europe/Dublin', false],
      ['Australia/Sydney', 'Australia/Brisbane', true],
      ['America/Denver', 'America/Phoenix', true],
      ['Europe/London', 'America/New_York', true],
    ])('tells %s from %s', (first, second, differs) => {
      expect(haveSameClock(first, second)).toBe(!differs);
    });
  });
});
