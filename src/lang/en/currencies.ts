/** Currency names that English writes capitalised at times ("the Euro") or at the start of a sentence. */
export const currencies = ['Euro', 'Euros', 'Dollar', 'Dollars', 'Yen', 'Yuan', 'Renminbi', 'Rupee', 'Rupees', 'Rouble', 'Ruble', 'Roubles', 'Zloty', 'Shekel', 'Peso', 'Pesos'];
