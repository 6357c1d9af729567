// The renderer's React code runs on Preact's compat layer: the same components, a runtime a tenth of react-dom's size.

/** Module aliases that send `react`, `react-dom` and their subpaths (`react/jsx-runtime`, `react-dom/client`) to preact/compat. */
export const REACT_ON_PREACT: Readonly<Record<string, string>> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
}
