import { languages } from './languages.js';

// Each language in its own script and name, so a user who reads no Dutch still finds theirs.
export function LanguagePicker({ current, disabled, onChoose }) {
  return (
    <nav className="languages" aria-label="Kies je taal / Choose your language">
      <p className="languages-title">Kies je taal</p>
      <ul>
        {languages.map((language) => (
          <li key={language.code}>
            <button
              type="button"
              lang={language.lang}
              dir={language.dir}
              data-language={language.code}
              aria-pressed={language.code === current.code}
              disabled={disabled}
              onClick={() => onChoose(language)}
            >
              {language.name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
