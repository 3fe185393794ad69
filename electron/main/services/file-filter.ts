export interface FileFilter {
  name: string;
  extensions: string[];
}
