// Read aloud with the device's own voices (Web Speech API). Only offline
// voices (localService) are used: nothing the person hears is sent anywhere,
// and it works without a signal. Where there is no voice for the language,
// the screen says so plainly.
export interface Speech {
  /** An offline voice for this BCP 47 prefix, or null. */
  readonly voiceFor: (prefix: string) => SpeechSynthesisVoice | null;
  readonly speak: (text: string, voice: SpeechSynthesisVoice, onEnd: () => void) => void;
  readonly cancel: () => void;
  /** Voices arrive late on some browsers: call back when the list changes. */
  readonly subscribe: (listener: () => void) => () => void;
}

export function deviceSpeech(): Speech {
  const synth = "speechSynthesis" in globalThis ? globalThis.speechSynthesis : undefined;
  return {
    voiceFor: (prefix) => {
      if (synth === undefined) return null;
      const wanted = prefix.toLowerCase();
      const voices = synth.getVoices().filter((v) => v.localService);
      return (
        voices.find((v) => v.lang.toLowerCase() === wanted) ??
        voices.find((v) => v.lang.toLowerCase().replace("_", "-").startsWith(`${wanted}-`)) ??
        null
      );
    },
    speak: (text, voice, onEnd) => {
      if (synth === undefined) return;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.onend = onEnd;
      utterance.onerror = onEnd;
      synth.speak(utterance);
    },
    cancel: () => {
      synth?.cancel();
    },
    subscribe: (listener) => {
      if (synth === undefined) return () => undefined;
      synth.addEventListener("voiceschanged", listener);
      return () => {
        synth.removeEventListener("voiceschanged", listener);
      };
    },
  };
}
