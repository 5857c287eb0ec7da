/** Currency names as German writes them, capitalised like every noun. */
export const currencies = [
  'Euro', 'Euros', 'Eurocent', 'Cent', 'Dollar', 'US-Dollar', 'Pfund', 'Franken', 'Rubel', 'Yen', 'Yuan', 'Renminbi',
  'Rupie', 'Rupien', 'Lira', 'Zloty', 'Forint', 'Peso', 'Schekel', 'Dinar', 'Rial', 'Hrywnja', 'Griwna', 'Kronen',
];
